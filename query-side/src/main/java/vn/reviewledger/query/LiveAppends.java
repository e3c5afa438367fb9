package vn.reviewledger.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One processor batch's new rows of an append-only table keyed by review and sequence number (one
 * row per event). The keys already there for the batch's reviews are read with one statement when
 * the batch first appends, so a redelivered event is recognised without a lookup of its own; the new
 * rows are inserted as one JDBC batch in key order when the batch prepares to commit. The sibling of
 * {@link LiveRows} for tables that are only ever added to.
 */
public final class LiveAppends<R> {

    private final RowTable<R> table;
    private final JdbcTemplate jdbc;
    private final Set<Key> present = new HashSet<>();
    private final Set<String> looked = new HashSet<>();
    /** The batch's new rows in key order, so the insert batch goes in key order without a sort. */
    private final TreeMap<Key, R> added = new TreeMap<>();

    private record Key(String reviewId, long sequence) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::reviewId)
                .thenComparingLong(Key::sequence);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private LiveAppends(RowTable<R> table, JdbcTemplate jdbc) {
        if (table.keys() != 2) {
            throw new IllegalArgumentException(table.name() + " is not keyed by review and sequence");
        }
        this.table = table;
        this.jdbc = jdbc;
    }

    /** The current batch's appends to {@code table}; outside a unit of work, each is written at once. */
    public static <R> LiveAppends<R> of(RowTable<R> table, JdbcTemplate jdbc) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new LiveAppends<>(table, jdbc);
        }
        // The unit of work of the event being handled: the processor's batch, or the one a dead
        // letter is retried in (nested in the retry's own, whose commit comes after every letter).
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(LiveAppends.class.getName() + "." + table.name(), k -> {
            LiveAppends<R> batch = new LiveAppends<>(table, jdbc);
            batch.look(LiveRows.reviewsOf(unitOfWork));
            unitOfWork.onPrepareCommit(u -> batch.write());
            return batch;
        });
    }

    /** True if the row of this review's event is already stored, or added earlier in this batch. */
    public boolean has(String reviewId, long sequence) {
        if (!looked.contains(reviewId)) {
            look(Set.of(reviewId));
        }
        return present.contains(new Key(reviewId, sequence));
    }

    /** A new row, inserted when the batch commits. */
    public void add(R row) {
        Object[] values = table.values(row);
        Key key = new Key((String) values[0], (Long) values[1]);
        present.add(key);
        added.put(key, row);
        if (!CurrentUnitOfWork.isStarted()) {
            write();
        }
    }

    private void look(Collection<String> reviewIds) {
        List<String> ids = new ArrayList<>(reviewIds);
        String[] columns = table.columns();
        String select = "select " + columns[0] + ", " + columns[1] + " from " + table.name() + " where " + columns[0]
                + " in (";
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.query(select + "?, ".repeat(slice.size() - 1) + "?)",
                    rs -> {
                        present.add(new Key(rs.getString(1), rs.getLong(2)));
                    }, slice.toArray());
        }
        looked.addAll(ids);
    }

    private void write() {
        BatchRows.insert(jdbc, table, added.values());
        added.clear();
    }
}
