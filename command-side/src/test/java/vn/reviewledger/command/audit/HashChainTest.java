package vn.reviewledger.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.audit.CanonicalJson;
import vn.reviewledger.kernel.audit.ChainedEvent;

/**
 * The hash chain stamps each event with the hash of what is stored, and the stored payload is the
 * one it hashed: serialised once, not once for the hash and again by the storage engine.
 */
class HashChainTest {

    record Probe(String name, int score) {
    }

    @Test
    void theStoredPayloadIsTheOneHashedAndIsSerialisedOnce() {
        Counting serializer = new Counting(JacksonSerializer.defaultSerializer());
        HashChain chain = new HashChain(null, serializer);
        DomainEventMessage<Probe> event = new GenericDomainEventMessage<>("Review", "r-1", 0,
                new Probe("Nguyễn Thị Hằng", 3), MetaData.with("actor", "bí thư"));

        EventMessage<?> chained = chain.handle(List.of(event)).apply(0, event);
        // What the storage engine makes of it (SqlEventStorageEngine takes Axon's entry's values).
        DomainEventEntry row = new DomainEventEntry((DomainEventMessage<?>) chained, serializer);

        assertThat(serializer.payloads.get()).isEqualTo(1);
        assertThat(chained.getMetaData()).containsEntry("actor", "bí thư").containsKey(ChainedEvent.HASH)
                .doesNotContainKey(ChainedEvent.PREV_HASH);
        assertThat(chained.getIdentifier()).isEqualTo(event.getIdentifier());
        assertThat(chained.getTimestamp()).isEqualTo(event.getTimestamp());
        assertThat(chained.getPayload()).isEqualTo(event.getPayload());
        // The hash recomputed from the stored row, as the verifier does, is the one stamped on it.
        Map<String, Object> storedMeta = new java.util.HashMap<>(chained.getMetaData());
        Object hash = storedMeta.remove(ChainedEvent.HASH);
        ChainedEvent recomputed = new ChainedEvent("r-1", "Review", 0, event.getIdentifier(),
                row.getPayload().getType().getName(), row.getPayload().getType().getRevision(),
                ChainedEvent.timestamp(event.getTimestamp()), CanonicalJson.parse(row.getPayload().getData()),
                CanonicalJson.parse(serializer.serialize(MetaData.from(storedMeta), byte[].class).getData()));
        assertThat(recomputed.computeHash()).isEqualTo(hash);
    }

    /** Counts the payloads serialised (metadata aside). */
    private static final class Counting implements Serializer {
        private final Serializer delegate;
        final AtomicInteger payloads = new AtomicInteger();

        Counting(Serializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            if (!(object instanceof MetaData)) {
                payloads.incrementAndGet();
            }
            return delegate.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
