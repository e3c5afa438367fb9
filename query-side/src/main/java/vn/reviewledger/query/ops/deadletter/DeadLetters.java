package vn.reviewledger.query.ops.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;
import vn.reviewledger.query.ops.admin.AdminActionLog;
import vn.reviewledger.query.ops.admin.AdminProblem;
import vn.reviewledger.query.ops.replay.Replays;

/**
 * The dead-letter queues of the projections, for an administrator.
 *
 * <p>Every processor uses Axon's default sequencing policy (per aggregate), and the queue parks whole
 * sequences: once one event of a review fails, that review's later events wait behind it in the
 * queue while every other review goes on being projected. So a sequence here is one review (or one
 * cycle, for cycle events), and retrying it replays its parked events in order.
 */
@Component
public class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final AdminActionLog actions;
    private final Replays replays;

    DeadLetters(EventProcessingConfiguration processing, AdminActionLog actions, Replays replays) {
        this.processing = processing;
        this.actions = actions;
        this.replays = replays;
    }

    /** The dead-lettered sequences of one group, or of every group when {@code group} is null. */
    public List<DeadLetterView> list(String group) {
        List<String> groups = group == null
                ? processing.eventProcessors().keySet().stream().sorted().toList()
                : List.of(known(group));
        List<DeadLetterView> views = new ArrayList<>();
        for (String g : groups) {
            processing.deadLetterQueue(g).ifPresent(queue -> {
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    view(g, sequence).ifPresent(views::add);
                }
            });
        }
        return views;
    }

    /**
     * Hands the sequence to the processor's handlers again, oldest letter first. When a handler fails
     * again the letters stay (with the new cause); the outcome says which, and is recorded either way.
     */
    public RetryOutcome retry(String group, String sequence, String reason) {
        String why = AdminProblem.requireReason(reason);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        if (!queue.contains(sequence)) {
            throw AdminProblem.noDeadLetter(group, sequence);
        }
        replays.refuseWhileReplaying(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> AdminProblem.unknownProcessor(group));
        boolean processed = processor.process(letter -> sequence.equals(sequenceOf(letter)));
        DeadLetterView left = currentView(group, queue, sequence);
        String outcome = processed && left == null ? "processed"
                : "failed again: " + (left == null ? "unknown" : left.error());
        actions.record(AdminActionLog.RETRY, group, sequence, why, outcome);
        return new RetryOutcome(group, sequence, processed && left == null, left);
    }

    /** Drops the sequence's letters for good: those events are never projected (until a replay). */
    public void evict(String group, String sequence, String reason) {
        String why = AdminProblem.requireReason(reason);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        if (!queue.contains(sequence)) {
            throw AdminProblem.noDeadLetter(group, sequence);
        }
        replays.refuseWhileReplaying(group);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequence).forEach(letters::add);
        letters.forEach(queue::evict);
        actions.record(AdminActionLog.EVICT, group, sequence, why, "evicted " + letters.size() + " event(s)");
    }

    /** What {@link #retry} did: whether the sequence is gone, and what is left of it otherwise. */
    public record RetryOutcome(String group, String sequence, boolean processed, DeadLetterView remaining) {
    }

    private String known(String group) {
        if (!processing.eventProcessors().containsKey(group)) {
            throw AdminProblem.unknownProcessor(group);
        }
        return group;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(known(group)).orElseThrow(() -> AdminProblem.unknownProcessor(group));
    }

    private DeadLetterView currentView(String group, SequencedDeadLetterQueue<EventMessage<?>> queue, String sequence) {
        if (!queue.contains(sequence)) {
            return null;
        }
        return view(group, queue.deadLetterSequence(sequence)).orElse(null);
    }

    private static java.util.Optional<DeadLetterView> view(String group,
                                                           Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        DeadLetter<? extends EventMessage<?>> first = null;
        Instant lastTouched = null;
        long count = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
            if (first == null) {
                first = letter;
            }
            if (lastTouched == null || letter.lastTouched().isAfter(lastTouched)) {
                lastTouched = letter.lastTouched();
            }
            count++;
        }
        if (first == null) {
            return java.util.Optional.empty();
        }
        EventMessage<?> message = first.message();
        String aggregate = message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null;
        String error = first.cause().map(c -> c.type() + ": " + c.message()).orElse(null);
        return java.util.Optional.of(new DeadLetterView(group, sequenceOf(first), aggregate,
                message.getPayloadType().getSimpleName(), error, first.enqueuedAt(), lastTouched, count));
    }

    /**
     * The JPA queue keeps the sequence identifier (the aggregate id under the per-aggregate policy);
     * another queue implementation falls back to the aggregate of the message.
     */
    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JpaDeadLetter<?> jpa) {
            return jpa.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier()
                : Objects.toString(letter.message().getIdentifier());
    }
}
