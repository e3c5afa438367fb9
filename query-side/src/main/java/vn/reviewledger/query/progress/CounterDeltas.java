package vn.reviewledger.query.progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The unit counters' changes of one batch, applied once at its end: summed per counter, then written
 * as atomic increments ({@code reviews = reviews + ?}) in key order. Several segments (threads or
 * nodes) may count into the same row; an increment never loses another's, and the fixed order means
 * two batches never wait on each other crosswise. No counter is read first. A counter brought to
 * zero goes away, so the table holds only what a dashboard shows.
 *
 * <p>Each review's own row (its version) decides whether an event counts at all, so a redelivered
 * batch never counts twice; the increments commit with that row or not at all.
 */
@Component
class CounterDeltas {

    private static final String RESOURCE = CounterDeltas.class.getName();
    static final Comparator<UnitProgressEntity.Key> ORDER = Comparator
            .comparing(UnitProgressEntity.Key::cycleId).thenComparing(UnitProgressEntity.Key::unitId)
            .thenComparing(UnitProgressEntity.Key::quotaGroupId).thenComparing(UnitProgressEntity.Key::stage)
            .thenComparing(UnitProgressEntity.Key::rating);

    private static final String INCREMENT = "update unit_progress set reviews = reviews + ? where cycle_id = ? "
            + "and unit_id = ? and quota_group_id = ? and stage = ? and rating = ?";
    private static final String CREATE = "insert into unit_progress "
            + "(cycle_id, unit_id, quota_group_id, stage, rating, reviews) values (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    CounterDeltas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(UnitProgressEntity.Key key, long delta) {
        if (!CurrentUnitOfWork.isStarted()) {
            apply(Map.of(key, delta));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<UnitProgressEntity.Key, Long> pending = root.getOrComputeResource(RESOURCE, k -> {
            Map<UnitProgressEntity.Key, Long> batch = new TreeMap<>(ORDER);
            root.onPrepareCommit(u -> apply(batch));
            return batch;
        });
        pending.merge(key, delta, Long::sum);
    }

    private void apply(Map<UnitProgressEntity.Key, Long> deltas) {
        List<Object[]> increments = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        deltas.forEach((k, d) -> {
            if (d != 0) {
                increments.add(new Object[] {d, k.cycleId(), k.unitId(), k.quotaGroupId(), k.stage(), k.rating()});
            }
            if (d < 0) {
                emptied.add(new Object[] {k.cycleId(), k.unitId(), k.quotaGroupId(), k.stage(), k.rating()});
            }
        });
        if (increments.isEmpty()) {
            return;
        }
        int[] updated = jdbc.batchUpdate(INCREMENT, increments);
        List<Object[]> created = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                Object[] u = increments.get(i);
                created.add(new Object[] {u[1], u[2], u[3], u[4], u[5], u[0]});
            }
        }
        for (Object[] row : created) {
            create(row);
        }
        if (!emptied.isEmpty()) {
            jdbc.batchUpdate("delete from unit_progress where cycle_id = ? and unit_id = ? and quota_group_id = ? "
                    + "and stage = ? and rating = ? and reviews <= 0", emptied);
        }
    }

    /**
     * A counter no one has counted yet. Two segments may create the same one at once; the later
     * insert then fails on the key after the first commits. Behind a savepoint it is undone alone and
     * becomes the increment it was meant to be, so the batch is neither rolled back nor retried (and
     * the processor logs no failure for what is an ordinary race).
     */
    private void create(Object[] row) {
        Object[] increment = {row[5], row[0], row[1], row[2], row[3], row[4]};
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.update(CREATE, row);
            return;
        }
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                jdbc.update(CREATE, row);
                connection.releaseSavepoint(savepoint);
            } catch (DuplicateKeyException raced) {
                connection.rollback(savepoint);
                jdbc.update(INCREMENT, increment);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count into unit_progress", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
