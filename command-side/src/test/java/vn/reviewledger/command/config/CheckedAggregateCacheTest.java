package vn.reviewledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

/** A cached review is used only while the store's last sequence number is the one it was cached at. */
class CheckedAggregateCacheTest {

    private final EventStore store = mock(EventStore.class);

    @SuppressWarnings("unchecked")
    private static AggregateCacheEntry<Object> entryAt(long version) {
        EventSourcedAggregate<Object> aggregate = mock(EventSourcedAggregate.class);
        when(aggregate.version()).thenReturn(version);
        when(aggregate.getAggregateRoot()).thenReturn(new Object());
        return new AggregateCacheEntry<>(aggregate);
    }

    @Test
    void anEntryTheStoreAgreesWith_isServed() {
        CheckedAggregateCache cache = new CheckedAggregateCache(store, 10);
        AggregateCacheEntry<Object> entry = entryAt(7);
        cache.put("r-1", entry);
        when(store.lastSequenceNumberFor("r-1")).thenReturn(Optional.of(7L));

        assertThat((Object) cache.get("r-1")).isSameAs(entry);
    }

    @Test
    void anEntryAnotherNodeWrotePast_isDropped_andTheAggregateLoadedAgain() {
        CheckedAggregateCache cache = new CheckedAggregateCache(store, 10);
        cache.put("r-1", entryAt(7));
        when(store.lastSequenceNumberFor("r-1")).thenReturn(Optional.of(8L));

        assertThat((Object) cache.get("r-1")).isNull();
        assertThat(cache.containsKey("r-1")).isFalse();
    }

    @Test
    void beyondItsCapacity_theLeastRecentlyUsedGoesFirst() {
        CheckedAggregateCache cache = new CheckedAggregateCache(store, 2);
        cache.put("r-1", entryAt(1));
        cache.put("r-2", entryAt(1));
        when(store.lastSequenceNumberFor("r-1")).thenReturn(Optional.of(1L));
        assertThat((Object) cache.get("r-1")).isNotNull();
        cache.put("r-3", entryAt(1));

        assertThat(cache.containsKey("r-1")).isTrue();
        assertThat(cache.containsKey("r-2")).isFalse();
        assertThat(cache.containsKey("r-3")).isTrue();
    }
}
