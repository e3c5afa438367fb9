package vn.reviewledger.command.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import vn.reviewledger.kernel.audit.CanonicalJson;
import vn.reviewledger.kernel.audit.ChainedEvent;

/**
 * Chains each aggregate's events with SHA-256: every domain event gets {@code prevHash} (the hash of
 * the aggregate's previous event) and {@code hash} in its metadata before it is stored.
 *
 * <p>Why here, on the command side, as a dispatch interceptor of the event store: the event bus runs
 * its dispatch interceptors when the unit of work prepares to commit, on all the events the unit
 * produced (aggregate handlers and deadline handlers alike), immediately before the store appends
 * them in the same transaction. The hash is therefore stored with the event itself, and no event can
 * be stored without one. The query side only recomputes and compares ({@code query.audit}); the
 * canonical form both use is {@link ChainedEvent} in the kernel.
 *
 * <p>What is hashed is the payload and metadata in the form the store keeps: serialized by the same
 * event serializer the storage engine uses, then parsed and written canonically.
 */
public final class HashChain implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String LAST_HASHES = HashChain.class.getName() + ".lastHashes";

    private final EventStore store;
    private final Serializer serializer;

    public HashChain(EventStore store, Serializer serializer) {
        this.store = store;
        this.serializer = serializer;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        // The last hash per aggregate within this unit of work: its earlier events are not stored yet.
        Map<String, String> last = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(LAST_HASHES, k -> new HashMap<>())
                : new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            chained.add(message instanceof DomainEventMessage<?> domain ? chain(domain, last) : message);
        }
        return (index, message) -> chained.get(index);
    }

    private DomainEventMessage<?> chain(DomainEventMessage<?> event, Map<String, String> last) {
        String aggregateId = event.getAggregateIdentifier();
        String previous = event.getSequenceNumber() == 0 ? null
                : last.computeIfAbsent(aggregateId, id -> storedHash(id, event.getSequenceNumber() - 1));
        Map<String, Object> meta = new HashMap<>(event.getMetaData());
        meta.remove(ChainedEvent.HASH);
        meta.remove(ChainedEvent.PREV_HASH);
        if (previous != null) {
            meta.put(ChainedEvent.PREV_HASH, previous);
        }
        MetaData withPrevious = MetaData.from(meta);
        SerializedObject<byte[]> payload = serializer.serialize(event.getPayload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(withPrevious, byte[].class);
        ChainedEvent chained = new ChainedEvent(aggregateId, event.getType(), event.getSequenceNumber(),
                event.getIdentifier(), payload.getType().getName(), payload.getType().getRevision(),
                ChainedEvent.timestamp(event.getTimestamp()), CanonicalJson.parse(payload.getData()),
                CanonicalJson.parse(metaData.getData()));
        String hash = chained.computeHash();
        last.put(aggregateId, hash);
        return event.withMetaData(withPrevious.and(ChainedEvent.HASH, hash));
    }

    /**
     * The hash of an event already stored. An event stored before chaining existed has none; its
     * successors then start a chain that the verifier reports as broken at that old event.
     */
    private String storedHash(String aggregateId, long sequence) {
        DomainEventStream stream = store.readEvents(aggregateId, sequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> e = stream.next();
            if (e.getSequenceNumber() == sequence) {
                Object hash = e.getMetaData().get(ChainedEvent.HASH);
                return hash == null ? null : hash.toString();
            }
        }
        return null;
    }
}
