package vn.reviewledger.command.config;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A bounded cache of loaded aggregates that trusts an entry only while the event store agrees: each
 * hit is checked against the aggregate's last stored sequence number (one index lookup), so a copy
 * made stale by another node's append, or by anything written past this node, is dropped and the
 * aggregate loaded again. Axon's own caching repository trusts its cache blindly, which is safe on
 * one node only. Least recently used entries go first once {@code capacity} is reached.
 *
 * <p>The gain is the events a command no longer reads and deserialises. It is largest when the
 * same review is worked on in quick succession (as in the benchmark, which is why its figures say
 * so), and it costs one query per command otherwise.
 */
public final class CheckedAggregateCache implements Cache {

    /** Axon keeps an entry's version private; read once here, so a change of Axon shows at start. */
    private static final Field VERSION = versionField();

    private final EventStore store;
    private final Map<Object, Object> entries;

    public CheckedAggregateCache(EventStore store, int capacity) {
        this.store = store;
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        Optional<Long> stored = store.lastSequenceNumberFor(key.toString());
        if (stored.isEmpty() || !stored.get().equals(versionOf(entry))) {
            entries.remove(key);
            return null;
        }
        return (V) entry;
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        // Nothing listens to this cache; Axon's repositories do not register listeners.
        return () -> true;
    }

    private static Long versionOf(Object entry) {
        if (!(entry instanceof AggregateCacheEntry<?>)) {
            return null;
        }
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Field versionField() {
        try {
            Field f = AggregateCacheEntry.class.getDeclaredField("version");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry has no version field any more", e);
        }
    }
}
