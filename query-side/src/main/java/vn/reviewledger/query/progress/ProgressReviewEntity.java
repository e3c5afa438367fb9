package vn.reviewledger.query.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.query.RowTable;

/**
 * What the progress counters last counted for one review: the bucket to take it out of when it moves,
 * the version that makes a redelivered event harmless, and the due date of its next step, from which
 * overdue and due-soon are counted at the moment of asking.
 */
@Entity
@Table(name = "progress_review")
class ProgressReviewEntity {

    /** The same columns for the JDBC paths (the live batch and the rebuild); the key first. */
    static final RowTable<ProgressReviewEntity> TABLE = RowTable.of("progress_review", ProgressReviewEntity::new, 1)
            .text("review_id", r -> r.reviewId, (r, v) -> r.reviewId = v)
            .text("cycle_id", r -> r.cycleId, (r, v) -> r.cycleId = v)
            .text("unit_id", r -> r.unitId, (r, v) -> r.unitId = v)
            .text("quota_group_id", r -> r.quotaGroupId, (r, v) -> r.quotaGroupId = v)
            .enumerated("stage", Stage.class, r -> r.stage, (r, v) -> r.stage = v)
            .enumerated("rating", Rating.class, r -> r.rating, (r, v) -> r.rating = v)
            .text("due_dates", r -> r.dueDates, (r, v) -> r.dueDates = v)
            .date("next_due_date", r -> r.nextDueDate, (r, v) -> r.nextDueDate = v)
            .bigint("version", r -> r.version, (r, v) -> r.version = v);

    @Id
    @Column(name = "review_id", length = 64)
    String reviewId;
    @Column(name = "cycle_id", length = 64, nullable = false)
    String cycleId;
    @Column(name = "unit_id", length = 100, nullable = false)
    String unitId;
    @Column(name = "quota_group_id", length = 100, nullable = false)
    String quotaGroupId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "stage", length = 32, nullable = false)
    Stage stage;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "rating", length = 16)
    Rating rating;
    @Column(name = "due_dates", length = 2000, nullable = false)
    String dueDates;
    @Column(name = "next_due_date")
    LocalDate nextDueDate;
    @Column(name = "version", nullable = false)
    long version;
}
