package vn.reviewledger.query.tasks;

import jakarta.persistence.EntityManager;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
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
        Map<String, TaskEntity> fresh = BulkModel.fold(events, opened, entityManager, TaskEntity.class,
                t -> t.reviewId, t -> t.version, (o, sequence, m) -> projection.opened(o, sequence),
                (t, e, sequence, m) -> projection.advance(t, e, sequence));
        List<Object[]> rows = new ArrayList<>(fresh.size());
        for (TaskEntity t : fresh.values()) {
            rows.add(new Object[] {t.reviewId, t.cycleId, t.unitId, t.subjectId, t.subjectName, t.subjectKind, t.stage,
                    t.nextStage, t.dueDate, t.dueDates, t.reratingRequested, t.version});
        }
        BatchRows.upsert(jdbc, "review_task", COLUMNS, TYPES, 1, rows);
    }
}
