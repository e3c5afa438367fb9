package vn.reviewledger.query.ops.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code reviewledger_dead_letters} and {@code reviewledger_dead_letter_sequences} per processing
 * group: events a projection could not handle, and the reviews (or cycles) they hold back. Axon's
 * metrics count failures as they happen; these say what is still parked, which is what an
 * administrator has to retry or evict (see {@link DeadLetters}).
 *
 * <p>Registered once the application has started: the processors, and so their queues, are known
 * only after Axon's configuration has been built. Each scrape counts in the dead-letter table.
 */
@Component
class DeadLetterMetrics {

    private final EventProcessingConfiguration processing;
    private final MeterRegistry registry;

    DeadLetterMetrics(EventProcessingConfiguration processing, MeterRegistry registry) {
        this.processing = processing;
        this.registry = registry;
    }

    @EventListener(ApplicationStartedEvent.class)
    void register() {
        processing.eventProcessors().keySet().stream().sorted().forEach(group ->
                processing.deadLetterQueue(group).ifPresent(queue -> {
                    Gauge.builder("reviewledger.dead.letters", queue, q -> q.size())
                            .description("Dead-lettered events waiting to be retried or evicted")
                            .tag("processing_group", group)
                            .strongReference(true)
                            .register(registry);
                    Gauge.builder("reviewledger.dead.letter.sequences", queue, q -> q.amountOfSequences())
                            .description("Sequences (reviews, cycles) held back by a dead letter")
                            .tag("processing_group", group)
                            .strongReference(true)
                            .register(registry);
                }));
    }
}
