package vn.reviewledger.query.review;

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
 * The review summary rebuilt in bulk: each chunk's events folded by the projection's own
 * {@link ReviewSummaryProjection#opened} and {@link ReviewSummaryProjection#advance}, the new rows
 * written over the previous model's as one batch in key order, rows of earlier chunks read back and
 * changed in place; at the end, rows of reviews the store never opened are deleted.
 */
@Component
class ReviewSummaryRebuild implements BulkModel {

    private static final String[] KEY = {"review_id"};
    private static final int[] KEY_TYPES = {Types.VARCHAR};
    private static final String[] COLUMNS = {"review_id", "cycle_id", "unit_id", "unit_path", "quota_group_id",
            "subject_id", "subject_name", "subject_kind", "stage", "self_rating", "self_score", "vote_outcome",
            "proposed_rating", "proposed_score", "decided_rating", "decided_score", "decision_no",
            "outside_political_system", "rerating_requested", "due_dates", "next_due_date", "due_sort", "version",
            "updated_at"};
    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
            Types.BOOLEAN, Types.INTEGER, Types.VARCHAR, Types.DATE, Types.DATE, Types.BIGINT,
            Types.TIMESTAMP_WITH_TIMEZONE};

    private final ReviewSummaryProjection projection;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ReviewSummaryRebuild(ReviewSummaryProjection projection, EntityManager entityManager, JdbcTemplate jdbc) {
        this.projection = projection;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Class<?> projection() {
        return ReviewSummaryProjection.class;
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
                BatchRows.deleteOthers(jdbc, "review_summary", KEY, KEY_TYPES,
                        key -> opened.contains((String) key[0]));
            }
        };
    }

    private void write(List<? extends EventMessage<?>> events, Set<String> opened) {
        Map<String, ReviewSummaryEntity> fresh = BulkModel.fold(events, opened, entityManager,
                ReviewSummaryEntity.class, r -> r.reviewId, r -> r.version,
                (o, sequence, m) -> projection.opened(o, sequence, m.getTimestamp()),
                (r, e, sequence, m) -> projection.advance(r, e, sequence, m.getTimestamp()));
        List<Object[]> rows = new ArrayList<>(fresh.size());
        for (ReviewSummaryEntity r : fresh.values()) {
            rows.add(new Object[] {r.reviewId, r.cycleId, r.unitId, r.unitPath, r.quotaGroupId, r.subjectId,
                    r.subjectName, r.subjectKind, r.stage, r.selfRating, r.selfScore, r.voteOutcome, r.proposedRating,
                    r.proposedScore, r.decidedRating, r.decidedScore, r.decisionNo, r.outsidePoliticalSystem,
                    r.reratingRequested, r.dueDates, r.nextDueDate, r.dueSort, r.version, r.updatedAt});
        }
        BatchRows.upsert(jdbc, "review_summary", COLUMNS, TYPES, 1, rows);
    }
}
