package vn.reviewledger.query;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;

/**
 * A read model's rebuild path: what its projection's handlers would write for a chunk of events, as
 * rows written in a few sorted JDBC batches instead of one select-then-write per event. A rebuild
 * runs it in place of the projection's event handlers and of its reset handler, inside the rebuild's
 * one transaction: the pass writes its rows over the previous model's (by key) and, at its end,
 * deletes every row it did not write, so the tables end exactly as reset-then-replay would leave
 * them. Writing over instead of emptying first is what makes it cheap: a delete and an insert touch
 * every index of a row twice, an update that leaves the indexed columns alone touches none, and on
 * H2 every entry a transaction touched is rewritten again at its commit. The fold of each event is
 * the projection's own (the same methods its handlers call), so the two paths cannot drift apart in
 * what they compute; only how rows reach the tables differs.
 */
public interface BulkModel {

    /** The annotated projection whose event handlers this stands in for during a rebuild. */
    Class<?> projection();

    /** A new pass over the store, from its first event. */
    Pass pass();

    /** One rebuild's pass: fed the events in store order, chunk by chunk. */
    interface Pass {

        /**
         * Folds one chunk into rows and writes them (uncommitted, in the rebuild's transaction). Rows
         * written by an earlier chunk are read back when a later event changes them, so memory holds
         * one chunk's rows, whatever the length of the store.
         */
        void chunk(List<? extends EventMessage<?>> events);

        /**
         * After the last chunk: writes what the pass kept for the whole store (counters), and deletes
         * the rows of the previous model the pass did not write.
         */
        default void finish() {
        }
    }

    /** The review event of a stored message, or null for anything else (cycle events, non-domain messages). */
    static ReviewEvent reviewEvent(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> && message.getPayload() instanceof ReviewEvent e ? e : null;
    }

    /** The reviews whose events in this chunk change a row an earlier chunk wrote: not opened in this chunk. */
    static Set<String> earlierReviews(List<? extends EventMessage<?>> events) {
        Set<String> opened = new HashSet<>();
        Set<String> earlier = new HashSet<>();
        for (EventMessage<?> m : events) {
            ReviewEvent e = reviewEvent(m);
            if (e instanceof ReviewOpened) {
                opened.add(e.reviewId());
            } else if (e != null && !opened.contains(e.reviewId())) {
                earlier.add(e.reviewId());
            }
        }
        return earlier;
    }

    /** A review's row as its opening makes it (the projection's own {@code opened}). */
    interface Opening<R> {
        R open(ReviewOpened event, long sequence, EventMessage<?> message);
    }

    /** A later event applied to a review's row in memory (the projection's own {@code advance}). */
    interface Advance<R> {
        void apply(R row, ReviewEvent event, long sequence, EventMessage<?> message);
    }

    /** A chunk's rows: those its openings made (by review id), and those of earlier chunks it changed. */
    record Folded<R>(Map<String, R> fresh, Map<String, R> changed) {

        /** Writes both: the new rows over the previous model's, the changed ones by key, each in key order. */
        public void write(JdbcTemplate jdbc, RowTable<R> table) {
            BatchRows.upsert(jdbc, table, fresh.values());
            BatchRows.update(jdbc, table, changed.values());
        }
    }

    /**
     * One chunk folded into per-review rows, the loop every per-review model shares: a review opened
     * in this chunk gets a new row; a review opened in an earlier chunk has its row read back (one
     * statement for the chunk) and changed in place; an event whose sequence the row already holds is
     * skipped, as the handlers skip it; a review never opened has no row, whatever the previous
     * model held. {@code opened} carries the reviews opened so far from chunk to chunk.
     */
    static <R> Folded<R> fold(List<? extends EventMessage<?>> events, Set<String> opened, JdbcTemplate jdbc,
                              RowTable<R> table, ToLongFunction<R> version, Opening<R> opening,
                              Advance<R> advance) {
        Set<String> ids = earlierReviews(events);
        ids.retainAll(opened);
        Map<String, R> earlier = BatchRows.load(jdbc, table, ids);
        Map<String, R> fresh = new TreeMap<>();
        Map<String, R> changed = new TreeMap<>();
        for (EventMessage<?> m : events) {
            ReviewEvent e = reviewEvent(m);
            if (e == null) {
                continue;
            }
            long sequence = ((DomainEventMessage<?>) m).getSequenceNumber();
            if (e instanceof ReviewOpened o) {
                if (opened.add(o.reviewId())) {
                    fresh.put(o.reviewId(), opening.open(o, sequence, m));
                }
                continue;
            }
            R row = fresh.getOrDefault(e.reviewId(), earlier.get(e.reviewId()));
            if (row != null && sequence > version.applyAsLong(row)) {
                advance.apply(row, e, sequence, m);
                if (!fresh.containsKey(e.reviewId())) {
                    changed.put(e.reviewId(), row);
                }
            }
        }
        return new Folded<>(fresh, changed);
    }
}
