package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.query.ReadSideEvents;

/**
 * The read side's processors stream the store through {@link ReadSideEvents}: a stream of the
 * embedded store, which cannot tell a caught-up processor that events arrived (so Axon's coordinator
 * would look again only after 500 ms), gets a callback on a short tick instead, and loses it when
 * closed.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReadSideEventsTest {

    @Autowired
    ReadSideEvents events;
    @Autowired
    EventStore store;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aStreamOfTheEmbeddedStoreGetsACallbackThatFiresUntilItIsClosed() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> plain = store.openStream(store.createHeadToken())) {
            assertThat(plain.setOnAvailableCallback(() -> { })).as("the embedded store's own stream").isFalse();
        }
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(events.createHeadToken());
        assertThat(stream.setOnAvailableCallback(() -> {
            calls.incrementAndGet();
            three.countDown();
        })).isTrue();
        assertThat(three.await(30, TimeUnit.SECONDS)).as("the callback fires again and again").isTrue();
        stream.close();
        int atClose = calls.get();
        Thread.sleep(300);
        // A tick already under way when the stream closed may still call it once.
        assertThat(calls.get()).as("no callback after close").isLessThanOrEqualTo(atClose + 1);
    }

    @Test
    void bothReadSideProcessorsStreamThroughIt() throws Exception {
        for (String name : new String[] {ReadModels.REVIEW_VIEW, "cycles"}) {
            PooledStreamingEventProcessor processor = processing
                    .eventProcessor(name, PooledStreamingEventProcessor.class).orElseThrow();
            Field source = PooledStreamingEventProcessor.class.getDeclaredField("messageSource");
            source.setAccessible(true);
            assertThat(source.get(processor)).as(name).isSameAs(events);
        }
    }
}
