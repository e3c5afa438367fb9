package vn.reviewledger.command.idempotency;

import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.config.CommandProperties;

/**
 * Serves {@code ?wait=true}: returns once every streaming processor in this process has handled the
 * events the command appended, or when the configured wait runs out. In a command-only process there
 * are no processors, and it returns at once.
 *
 * <p>A position alone does not say that: the global index is handed out before a transaction commits,
 * so a processor can pass a later event (a deadline notice fired meanwhile, another user's command)
 * while the command's own events, committed a moment later, are still gaps in its token. The command's
 * events lie between the head before it was sent and the head after it (the index is allocated one at
 * a time, AXON-NOTES), so a processor has them when it is past that head and holds no gap in between.
 */
@Component
public class ReadModelBarrier {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final CommandProperties properties;

    ReadModelBarrier(EventStore eventStore, EventProcessingConfiguration processing, CommandProperties properties) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.properties = properties;
    }

    /** The head of the store before a command is sent; its events come after it. */
    public long mark() {
        return headPosition();
    }

    /** True when the read models handled everything appended since {@code mark} within the wait. */
    public boolean awaitReadModels(long mark) {
        long target = headPosition();
        long deadline = System.nanoTime() + properties.readModelWait().toNanos();
        while (System.nanoTime() < deadline) {
            if (allReached(mark, target)) {
                return true;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return allReached(mark, target);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private boolean allReached(long mark, long target) {
        for (EventProcessor p : processing.eventProcessors().values()) {
            if (p instanceof StreamingEventProcessor sp && sp.isRunning()) {
                Map<Integer, EventTrackerStatus> status = sp.processingStatus();
                if (status.isEmpty()) {
                    return false;
                }
                for (EventTrackerStatus s : status.values()) {
                    if (s.isErrorState() || !handled(s.getTrackingToken(), mark, target)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static boolean handled(TrackingToken token, long mark, long target) {
        if (token == null || token.position().orElse(-1) < target) {
            return false;
        }
        Optional<GapAwareTrackingToken> gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class);
        return gapAware.isEmpty() || gapAware.get().getGaps().subSet(mark + 1, target + 1).isEmpty();
    }
}
