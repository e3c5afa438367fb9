package vn.reviewledger.command.web;

import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.config.CommandProperties;

/**
 * Serves {@code ?wait=true}: returns once every streaming processor in this process has reached the
 * head of the event store as it was after the command, or when the configured wait runs out. In a
 * command-only process there are no processors, and it returns at once.
 */
@Component
class ReadModelBarrier {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final CommandProperties properties;

    ReadModelBarrier(EventStore eventStore, EventProcessingConfiguration processing, CommandProperties properties) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.properties = properties;
    }

    /** True when the read models caught up within the wait. */
    boolean awaitReadModels() {
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        long deadline = System.nanoTime() + properties.readModelWait().toNanos();
        while (System.nanoTime() < deadline) {
            if (allReached(target)) {
                return true;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return allReached(target);
    }

    private boolean allReached(long target) {
        for (EventProcessor p : processing.eventProcessors().values()) {
            if (p instanceof StreamingEventProcessor sp && sp.isRunning()) {
                Map<Integer, EventTrackerStatus> status = sp.processingStatus();
                if (status.isEmpty()) {
                    return false;
                }
                for (EventTrackerStatus s : status.values()) {
                    if (s.isErrorState() || s.getCurrentPosition().orElse(-1) < target) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
