package vn.reviewledger.query.tasks;

import jakarta.persistence.EntityManager;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.query.BatchRows;
import vn.reviewledger.query.BulkModel;

/**
 * The task list rebuilt in bulk: each chunk's events folded by the projection's own
 * {@link TaskProjection#opened} and {@link TaskProjection#advance}, the new rows written over the
 * previous model's as one batch in key order, rows of earlier chunks read back and changed in place;
 * at the end, rows of reviews the store never opened are deleted.
 */
@Component
class TaskRebuild implements BulkModel {

    private static final String[] KEY = {"review_id"};
    private static final int[] KEY_TYPES = {Types.VARCHAR};
    private static final String[] COLUMNS = {"review_id", "cycle_id", "unit_id", "subject_id", "subject_name",
            "subject_kind", "stage", "next_stage", "due_date", "due_dates", "rerating_requested", "version"};
    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.INTEGER, Types.BIGINT};

    private final TaskProjection projection;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    TaskRebuild(TaskProjection projection, EntityManager entityManager, JdbcTemplate jdbc) {
        this.projection = projection;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Class<?> projection() {
        return TaskProjection.class;
    }

    @Override
    public Pass pass() {
        // The reviews opened so far: bounded by the reviews, not the events.
        Set<String> opened = new HashSet<>();
        return new Pass() {
            @Override
            public void chunk(List<? extends EventMessage<?>> events) {
                write(events, opened);
            }

            @Override
            public void finish() {
                BatchRows.deleteOthers(jdbc, "review_task", KEY, KEY_TYPES,
                        key -> opened.contains((String) key[0]));
            }
        };
    }

    private void write(List<? extends EventMessage<?>> events, Set<String> opened) {
        Set<String> ids = BulkModel.earlierReviews(events);
        // A review never opened has no row, whatever the previous model held: its events change nothing.
        ids.retainAll(opened);
        Map<String, TaskEntity> earlier = BulkModel.load(entityManager, TaskEntity.class, ids,
                t -> t.reviewId);
        Map<String, TaskEntity> fresh = new TreeMap<>();
        for (EventMessage<?> m : events) {
            ReviewEvent e = BulkModel.reviewEvent(m);
            if (e == null) {
                continue;
            }
            long sequence = ((DomainEventMessage<?>) m).getSequenceNumber();
            if (e instanceof ReviewOpened o) {
                if (opened.add(o.reviewId())) {
                    fresh.put(o.reviewId(), projection.opened(o, sequence));
                }
                continue;
            }
            TaskEntity t = fresh.getOrDefault(e.reviewId(), earlier.get(e.reviewId()));
            if (t != null && sequence > t.version) {
                projection.advance(t, e, sequence);
            }
        }
        List<Object[]> rows = new ArrayList<>(fresh.size());
        for (TaskEntity t : fresh.values()) {
            rows.add(new Object[] {t.reviewId, t.cycleId, t.unitId, t.subjectId, t.subjectName, t.subjectKind, t.stage,
                    t.nextStage, t.dueDate, t.dueDates, t.reratingRequested, t.version});
        }
        BatchRows.upsert(jdbc, "review_task", COLUMNS, TYPES, 1, rows);
    }
}
