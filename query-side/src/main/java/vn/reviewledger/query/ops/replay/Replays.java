package vn.reviewledger.query.ops.replay;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.reviewledger.query.ops.admin.AdminActionLog;
import vn.reviewledger.query.ops.admin.AdminProblem;

/**
 * Starts rebuilds of read models ({@link Rebuild}) one at a time per processor, and reports where a
 * processor stands. A rebuild runs on its own thread; the request that starts it returns at once.
 */
@Component
@EnableConfigurationProperties(ReplayProperties.class)
public class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Rebuild rebuild;
    private final AdminActionLog actions;
    private final Clock clock;
    private final Map<String, ReplayRun> runs = new ConcurrentHashMap<>();

    Replays(EventProcessingConfiguration processing, EventStore eventStore, Rebuild rebuild, AdminActionLog actions,
            Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.rebuild = rebuild;
        this.actions = actions;
        this.clock = clock;
    }

    /** Starts rebuilding {@code name}'s read model; the model in use keeps serving until it is done. */
    public ProcessorStatus start(String name, String reason) {
        StreamingEventProcessor processor = processor(name);
        SimpleEventHandlerInvoker handlers = RebuildableHandlers.of((EventProcessor) processor)
                .orElseThrow(() -> AdminProblem.conflict("REPLAY_UNSUPPORTED", Map.of("name", name)));
        long head = headPosition();
        ReplayRun run = new ReplayRun(name, head, clock.instant());
        ReplayRun current = runs.compute(name, (k, previous) ->
                previous != null && previous.running() ? previous : run);
        if (current != run) {
            throw AdminProblem.conflict("REPLAY_RUNNING", Map.of("name", name));
        }
        try {
            actions.record(AdminActionLog.REPLAY, name, null, reason, "started; head at " + head);
        } catch (RuntimeException e) {
            // Not recorded, not started: leave the processor free for the next attempt.
            runs.remove(name, run);
            throw e;
        }
        Thread worker = new Thread(() -> {
            try {
                rebuild.run(processor, handlers, run);
                run.completed(clock.instant());
            } catch (RuntimeException | Error e) {
                log.warn("Replay of {} failed and was rolled back; the previous model stays", name, e);
                run.failed(e, clock.instant());
            }
        }, "replay-" + name);
        worker.setDaemon(true);
        worker.start();
        return run.status();
    }

    public ProcessorStatus status(String name) {
        StreamingEventProcessor processor = processor(name);
        ReplayRun run = runs.get(name);
        if (run != null && run.running()) {
            return run.status();
        }
        long head = headPosition();
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        // Just after a rebuild the processor may not have claimed its segments yet: its tokens are
        // where the rebuild left them, so that is its position.
        boolean rebuilt = run != null && "COMPLETED".equals(run.status().state());
        long position = segments.isEmpty() && rebuilt ? run.status().position()
                : segments.values().stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        boolean axonReplay = processor.isReplaying();
        int percent = axonReplay || position < head ? Math.min(99, ReplayRun.percent(position, head)) : 100;
        if (run != null) {
            ProcessorStatus last = run.status();
            return new ProcessorStatus(name, last.state(), axonReplay, position, head, percent, last.serving(),
                    last.startedAt(), last.finishedAt(), last.error());
        }
        return new ProcessorStatus(name, "IDLE", axonReplay, position, head, percent, "live", null, null, null);
    }

    /** Dead letters of a processor being rebuilt are left alone: the rebuild decides what they become. */
    public void refuseWhileReplaying(String name) {
        ReplayRun run = runs.get(name);
        if (run != null && run.running()) {
            throw AdminProblem.conflict("REPLAY_RUNNING", Map.of("name", name));
        }
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> AdminProblem.unknownProcessor(name));
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
