package vn.reviewledger.query.ops.replay;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reviewledger.query.BulkModel;

/**
 * Rebuilds one processor's read model so that no read ever sees half of it.
 *
 * <p>Design (an equivalent of blue-green): the whole rebuild is ONE database transaction. The
 * processor is stopped on this node; inside the transaction its tables are emptied (by its reset
 * handlers, or written over by its bulk paths, below), every
 * event up to the head (as it was when the rebuild began) goes through the processor's own handlers,
 * the processor's tokens are moved to the last event applied, and its dead letters are cleared (the
 * rebuild applied their events without failing). Then the transaction commits, and the processor
 * starts again from there. Readers run in other transactions (READ COMMITTED, multi-version, on both
 * H2 and PostgreSQL): until the commit they see the previous model, complete though no longer
 * growing ("blue"); from the commit on they see the rebuilt one, caught up to where the old one
 * stopped ("green"). There is no moment in between, and nothing is half written: a failure rolls the
 * whole rebuild back, and the previous model stays and resumes. One pass over the store for all the
 * processor's models: events go through in chunks of {@code batch-size}, each chunk one unit of work
 * (counters summed once per chunk) whose rows are flushed as JDBC batches and let go, so memory
 * stays bounded however long the store is.
 *
 * <p>A projection that has a bulk path ({@link BulkModel}: summary, history, tasks, progress) is
 * rebuilt through it instead of its handlers and its reset: each chunk's events folded in memory by
 * the projection's own methods and written over the previous rows as a few JDBC batches sorted by
 * key, then whatever the pass did not write deleted, where the handlers paid a JPA lookup and a
 * persist or merge per event per model after a delete of every row (about 519 events/s on a
 * province). The transaction, and with it every guarantee above, is the same. Any other handler of
 * the processor (one without a bulk path) is reset and gets every event through the unit of work
 * as before.
 *
 * <p>Costs, accepted: while it runs, the model does not take new events (it is stale, never partial),
 * and a large rebuild is one long transaction. In a cluster, claiming the segments at the start
 * makes the rebuild fail at once if another node is working on them; stop the processor there first.
 */
@Component
class Rebuild {

    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final EventProcessingConfiguration processing;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ReplayProperties properties;
    private final List<BulkModel> bulkModels;

    Rebuild(EventStore eventStore, TokenStore tokenStore, EventProcessingConfiguration processing,
            EntityManager entityManager, PlatformTransactionManager transactionManager, ReplayProperties properties,
            List<BulkModel> bulkModels) {
        this.bulkModels = bulkModels;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.processing = processing;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    void run(StreamingEventProcessor processor, SimpleEventHandlerInvoker handlers, ReplayRun run) {
        String name = processor.getName();
        processor.shutDown();
        try {
            transactions.executeWithoutResult(tx -> rebuild(name, handlers, run));
        } finally {
            processor.start();
        }
    }

    private void rebuild(String name, SimpleEventHandlerInvoker handlers, ReplayRun run) {
        int[] segments = tokenStore.fetchSegments(name);
        for (int segment : segments) {
            // Claims each segment (locking its token row) for this transaction.
            tokenStore.fetchToken(name, segment);
        }
        TrackingToken headAtStart = eventStore.createHeadToken();
        long head = headAtStart == null ? -1 : headAtStart.position().orElse(-1);
        List<BulkModel.Pass> passes = new ArrayList<>();
        List<EventMessageHandler> others = new ArrayList<>();
        for (EventMessageHandler handler : handlers.eventHandlers()) {
            bulkModels.stream().filter(m -> standsInFor(m, handler)).findFirst()
                    .ifPresentOrElse(m -> passes.add(m.pass()), () -> others.add(handler));
        }
        SimpleEventHandlerInvoker rest = others.isEmpty() ? null : SimpleEventHandlerInvoker.builder()
                .eventHandlers(others).listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build();
        // Only the handlers without a bulk path are reset: a pass writes over its tables instead.
        if (rest != null) {
            rest.performReset();
        }
        // The new rows go out as JDBC batches (this transaction's session only).
        entityManager.unwrap(Session.class).setJdbcBatchSize(properties.batchSize());
        TrackingToken last = null;
        long position = -1;
        List<TrackedEventMessage<?>> chunk = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (position < head && stream.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                chunk.add(message);
                last = message.trackingToken();
                position = last.position().orElse(position);
                if (chunk.size() >= properties.batchSize()) {
                    apply(passes, rest, chunk, headAtStart);
                    run.advancedTo(position);
                    chunk.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay of " + name + " interrupted", e);
        }
        apply(passes, rest, chunk, headAtStart);
        passes.forEach(BulkModel.Pass::finish);
        entityManager.flush();
        run.advancedTo(position);
        if (last != null) {
            for (int segment : segments) {
                tokenStore.storeToken(last, name, segment);
                tokenStore.releaseClaim(name, segment);
            }
        } else {
            for (int segment : segments) {
                tokenStore.releaseClaim(name, segment);
            }
        }
        processing.deadLetterQueue(name).ifPresent(queue -> queue.clear());
    }

    private static boolean standsInFor(BulkModel model, EventMessageHandler handler) {
        return handler instanceof AnnotationEventHandlerAdapter adapter
                && model.projection().isAssignableFrom(adapter.getTargetType());
    }

    private static TrackedEventMessage<?> replayed(TrackedEventMessage<?> message, TrackingToken headAtStart) {
        return headAtStart == null ? message
                : message.withTrackingToken(new ReplayToken(headAtStart, message.trackingToken()));
    }

    /**
     * A chunk of events through the bulk paths, then through the other handlers in one unit of work,
     * as the processor handles a batch, marked as a replay (handlers that tell open screens about changes stay quiet; the screens read
     * the previous model anyway) and as a rebuild (every row is new). Its rows are then flushed and
     * let go, so memory stays bounded. A failure ends the rebuild, and the transaction with it.
     */
    private void apply(List<BulkModel.Pass> passes, SimpleEventHandlerInvoker rest,
                       List<TrackedEventMessage<?>> chunk, TrackingToken headAtStart) {
        for (BulkModel.Pass pass : passes) {
            pass.chunk(chunk);
        }
        if (rest != null) {
            handle(rest, chunk.stream().filter(m -> rest.canHandle(m, Segment.ROOT_SEGMENT))
                    .<TrackedEventMessage<?>>map(m -> replayed(m, headAtStart)).toList());
        }
        entityManager.flush();
        entityManager.clear();
    }

    private void handle(SimpleEventHandlerInvoker handlers, List<TrackedEventMessage<?>> handled) {
        if (handled.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<TrackedEventMessage<?>> uow = new BatchingUnitOfWork<>(handled);
        // The task runs once per message of the chunk (the unit of work's current message).
        uow.executeWithResult(() -> {
            handlers.handle(uow.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        });
        for (Map.Entry<Message<?>, ExecutionResult> result : uow.getExecutionResults().entrySet()) {
            if (result.getValue().isExceptionResult()) {
                Throwable cause = result.getValue().getExceptionResult();
                TrackedEventMessage<?> message = (TrackedEventMessage<?>) result.getKey();
                throw new IllegalStateException("event " + message.getPayloadType().getSimpleName() + " at "
                        + message.trackingToken().position().orElse(-1) + " failed: " + cause.getMessage(), cause);
            }
        }
    }
}
