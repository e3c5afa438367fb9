package vn.reviewledger.command.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
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
 * be stored without one. The query side only recomputes and compares ({@code query.ops.audit}); the
 * canonical form both use is {@link ChainedEvent} in the kernel.
 *
 * <p>What is hashed is the payload and metadata in the form the store keeps: serialized by the same
 * event serializer the storage engine uses, then parsed and written canonically.
 */
public final class HashChain implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String LAST_HASHES = HashChain.class.getName() + ".lastHashes";
    /** Enough for every review a busy office touches in a day; an evicted one costs one store read. */
    private static final int CACHED_AGGREGATES = 20_000;

    /** The hash of an aggregate's last stored event, with its sequence number. */
    private record Stored(long sequence, String hash) {
    }

    private final EventStore store;
    private final Serializer serializer;
    /**
     * The last committed hash per aggregate, so that a command does not read back the event its
     * aggregate was just loaded from. Filled only after commit; used only when its sequence is the
     * one just before the new event's — another node's append, or a rolled-back one, shows as a
     * different sequence and sends us to the store.
     */
    private final Map<String, Stored> committed = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
                    return size() > CACHED_AGGREGATES;
                }
            });

    public HashChain(EventStore store, Serializer serializer) {
        this.store = store;
        this.serializer = serializer;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        // The last hash per aggregate within this unit of work: its earlier events are not stored yet.
        Map<String, Stored> last = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(LAST_HASHES, k -> afterCommit(new HashMap<>()))
                : new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            chained.add(message instanceof DomainEventMessage<?> domain ? chain(domain, last) : message);
        }
        return (index, message) -> chained.get(index);
    }

    private Map<String, Stored> afterCommit(Map<String, Stored> last) {
        CurrentUnitOfWork.get().root().afterCommit(uow -> committed.putAll(last));
        return last;
    }

    private DomainEventMessage<?> chain(DomainEventMessage<?> event, Map<String, Stored> last) {
        String aggregateId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        String previous = sequence == 0 ? null : previousHash(aggregateId, sequence - 1, last);
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
        last.put(aggregateId, new Stored(sequence, hash));
        return new GenericDomainEventMessage<>(event.getType(), aggregateId, sequence,
                new HashedMessage<>(event, withPrevious.and(ChainedEvent.HASH, hash), serializer, payload),
                event.getTimestamp());
    }

    /**
     * The event as it is stored, holding the payload bytes it was hashed from: the storage engine
     * asks the message for its serialised payload and gets these, instead of serialising it again
     * (Axon's own cache in a message does not survive the change of metadata). Any other serializer
     * or form is served as usual.
     */
    private static final class HashedMessage<T> extends GenericMessage<T> {

        private final transient Serializer serializer;
        private final transient SerializedObject<byte[]> payload;

        @SuppressWarnings("unchecked")
        HashedMessage(EventMessage<T> event, MetaData metaData, Serializer serializer, SerializedObject<byte[]> payload) {
            super(event.getIdentifier(), (Class<T>) event.getPayloadType(), event.getPayload(), metaData);
            this.serializer = serializer;
            this.payload = payload;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> SerializedObject<R> serializePayload(Serializer requested, Class<R> representation) {
            return requested == serializer && representation == byte[].class
                    ? (SerializedObject<R>) payload : super.serializePayload(requested, representation);
        }
    }

    /** From this unit of work, else from what was committed, else from the store. */
    private String previousHash(String aggregateId, long sequence, Map<String, Stored> last) {
        Stored known = last.get(aggregateId);
        if (known == null) {
            known = committed.get(aggregateId);
        }
        return known != null && known.sequence() == sequence ? known.hash() : storedHash(aggregateId, sequence);
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
