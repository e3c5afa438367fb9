package vn.reviewledger.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;

/**
 * One processor batch's rows of a per-review table (one row per review). When a handler first asks
 * for a row, the rows of every review the batch's events name are read with one statement; the
 * handlers then fold their events into those rows in memory, with the same functions the rebuild
 * and the as-of reads use; when the batch commits, the new rows are inserted and the changed ones
 * updated, each as one JDBC batch in key order, in the batch's transaction. So a batch of 200
 * events costs one read and two batched writes per table, where each event cost a lookup, a
 * Hibernate merge and a dirty check, and nothing is read again before it is written.
 *
 * <p>A review belongs to one segment, and a segment to one thread or node at a time (its token
 * claim, checked when the batch commits), so no other writer changes these rows between the read
 * and the write. Rows are written only if the batch commits; a batch rolled back is redelivered and
 * folded again from the stored rows, and each row's version makes a redelivered event a no-op.
 */
public final class LiveRows<R> {

    private final RowTable<R> table;
    private final JdbcTemplate jdbc;
    private final Map<String, R> rows = new HashMap<>();
    /** The review ids already looked for, found or not. */
    private final Set<String> looked = new HashSet<>();
    private final Map<String, R> inserts = new TreeMap<>();
    private final Map<String, R> updates = new TreeMap<>();

    private LiveRows(RowTable<R> table, JdbcTemplate jdbc) {
        this.table = table;
        this.jdbc = jdbc;
    }

    /**
     * The current batch's rows of {@code table}: one per unit of work (the batch), written when it
     * prepares to commit. Outside a unit of work (no processor), each change is written at once.
     */
    public static <R> LiveRows<R> of(RowTable<R> table, JdbcTemplate jdbc) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new LiveRows<>(table, jdbc);
        }
        // The unit of work of the event being handled: the processor's batch, or the one a dead
        // letter is retried in (nested in the retry's own, whose commit comes after every letter).
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(LiveRows.class.getName() + "." + table.name(), k -> {
            LiveRows<R> batch = new LiveRows<>(table, jdbc);
            batch.preload(unitOfWork);
            unitOfWork.onPrepareCommit(u -> batch.write());
            return batch;
        });
    }

    /** The review's row, as the batch's earlier events left it; null if the review has none. */
    public R find(String reviewId) {
        if (looked.add(reviewId)) {
            rows.putAll(BatchRows.load(jdbc, table, List.of(reviewId)));
        }
        return rows.get(reviewId);
    }

    /** A review's first row: inserted when the batch commits. */
    public void add(R row) {
        String id = table.id(row);
        looked.add(id);
        rows.put(id, row);
        inserts.put(id, row);
        if (!CurrentUnitOfWork.isStarted()) {
            write();
        }
    }

    /** A row found here and changed in place: updated when the batch commits (inserted, if new in it). */
    public void changed(R row) {
        String id = table.id(row);
        if (!inserts.containsKey(id)) {
            updates.put(id, row);
        }
        if (!CurrentUnitOfWork.isStarted()) {
            write();
        }
    }

    /** The rows of every review the batch's events name, read with one statement (in slices of 500). */
    private void preload(UnitOfWork<?> unitOfWork) {
        Set<String> ids = reviewsOf(unitOfWork);
        rows.putAll(BatchRows.load(jdbc, table, ids));
        looked.addAll(ids);
    }

    /** The reviews named by the events of the batch {@code unitOfWork} handles (or of its one message). */
    static Set<String> reviewsOf(UnitOfWork<?> unitOfWork) {
        Collection<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages() : unitOfWork.getMessage() == null ? List.of() : List.of(unitOfWork.getMessage());
        Set<String> ids = new HashSet<>();
        for (Message<?> m : messages) {
            // By type first: an event no handler here takes is not deserialised for it.
            if (ReviewEvent.class.isAssignableFrom(m.getPayloadType()) && m.getPayload() instanceof ReviewEvent e) {
                ids.add(e.reviewId());
            }
        }
        return ids;
    }

    private void write() {
        BatchRows.insert(jdbc, table, inserts.values());
        BatchRows.update(jdbc, table, updates.values());
        inserts.clear();
        updates.clear();
    }
}
