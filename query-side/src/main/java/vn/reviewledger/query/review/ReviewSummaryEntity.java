package vn.reviewledger.query.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.query.RowTable;

/**
 * One row per review: where it stands and what was decided. Rebuilt entirely from events. Enums are
 * plain text columns, so a new stage or rating needs no schema change.
 */
@Entity
@Table(name = "review_summary", indexes = {
        @Index(name = "ix_review_summary_cycle_unit_due", columnList = "cycle_id, unit_id, next_due_date"),
        @Index(name = "ix_review_summary_cycle_review", columnList = "cycle_id, review_id"),
        @Index(name = "ix_review_summary_next_due", columnList = "cycle_id, next_due_date, stage"),
        @Index(name = "ix_review_summary_stage_path", columnList = "cycle_id, stage, unit_path"),
        @Index(name = "ix_review_summary_path", columnList = "cycle_id, unit_path"),
        @Index(name = "ix_review_summary_stage_order", columnList = "cycle_id, stage, due_sort, subject_name, review_id"),
        @Index(name = "ix_review_summary_order", columnList = "cycle_id, due_sort, subject_name, review_id")})
class ReviewSummaryEntity {

    /** The same columns for the JDBC paths (the live batch and the rebuild); the key first. */
    static final RowTable<ReviewSummaryEntity> TABLE = RowTable.of("review_summary", ReviewSummaryEntity::new, 1)
            .text("review_id", r -> r.reviewId, (r, v) -> r.reviewId = v)
            .text("cycle_id", r -> r.cycleId, (r, v) -> r.cycleId = v)
            .text("unit_id", r -> r.unitId, (r, v) -> r.unitId = v)
            .text("unit_path", r -> r.unitPath, (r, v) -> r.unitPath = v)
            .text("quota_group_id", r -> r.quotaGroupId, (r, v) -> r.quotaGroupId = v)
            .text("subject_id", r -> r.subjectId, (r, v) -> r.subjectId = v)
            .text("subject_name", r -> r.subjectName, (r, v) -> r.subjectName = v)
            .enumerated("subject_kind", SubjectKind.class, r -> r.subjectKind, (r, v) -> r.subjectKind = v)
            .enumerated("stage", Stage.class, r -> r.stage, (r, v) -> r.stage = v)
            .enumerated("self_rating", Rating.class, r -> r.selfRating, (r, v) -> r.selfRating = v)
            .integer("self_score", r -> r.selfScore, (r, v) -> r.selfScore = v)
            .enumerated("vote_outcome", Rating.class, r -> r.voteOutcome, (r, v) -> r.voteOutcome = v)
            .enumerated("proposed_rating", Rating.class, r -> r.proposedRating, (r, v) -> r.proposedRating = v)
            .integer("proposed_score", r -> r.proposedScore, (r, v) -> r.proposedScore = v)
            .enumerated("decided_rating", Rating.class, r -> r.decidedRating, (r, v) -> r.decidedRating = v)
            .integer("decided_score", r -> r.decidedScore, (r, v) -> r.decidedScore = v)
            .text("decision_no", r -> r.decisionNo, (r, v) -> r.decisionNo = v)
            .bool("outside_political_system", r -> r.outsidePoliticalSystem, (r, v) -> r.outsidePoliticalSystem = v)
            .integer("rerating_requested", r -> r.reratingRequested, (r, v) -> r.reratingRequested = v)
            .text("due_dates", r -> r.dueDates, (r, v) -> r.dueDates = v)
            .date("next_due_date", r -> r.nextDueDate, (r, v) -> r.nextDueDate = v)
            .date("due_sort", r -> r.dueSort, (r, v) -> r.dueSort = v)
            .bigint("version", r -> r.version, (r, v) -> r.version = v)
            .instant("updated_at", r -> r.updatedAt, (r, v) -> r.updatedAt = v);

    /** What {@link #dueSort} holds for "no next due date", so that undated reviews sort last. */
    static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);

    @Id
    @Column(name = "review_id", length = 64)
    String reviewId;
    @Column(name = "cycle_id", length = 64, nullable = false)
    String cycleId;
    @Column(name = "unit_id", length = 100, nullable = false)
    String unitId;
    /**
     * The unit with its ancestors, root first ({@link UnitPaths}): a subtree filter is one index range
     * on it. Written once, at the review's opening.
     */
    @Column(name = "unit_path", length = 2000, nullable = false)
    String unitPath;
    @Column(name = "quota_group_id", length = 100)
    String quotaGroupId;
    @Column(name = "subject_id", length = 100, nullable = false)
    String subjectId;
    @Column(name = "subject_name", length = 300, nullable = false)
    String subjectName;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", length = 32, nullable = false)
    SubjectKind subjectKind;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "stage", length = 32, nullable = false)
    Stage stage;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "self_rating", length = 16)
    Rating selfRating;
    @Column(name = "self_score")
    Integer selfScore;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "vote_outcome", length = 16)
    Rating voteOutcome;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "proposed_rating", length = 16)
    Rating proposedRating;
    @Column(name = "proposed_score")
    Integer proposedScore;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decided_rating", length = 16)
    Rating decidedRating;
    /** The decided score under REG_366; follows every reclassification. */
    @Column(name = "decided_score")
    Integer decidedScore;
    @Column(name = "decision_no", length = 100)
    String decisionNo;
    /** Form 2C: a party member not working in the political system (Quy định 366-QĐ/TW). */
    @Column(name = "outside_political_system", nullable = false)
    boolean outsidePoliticalSystem;
    /** Re-ratings asked of this review (Quy định 124-QĐ/TW Art. 12 §4.5) not yet answered by a reclassification. */
    @Column(name = "rerating_requested", nullable = false)
    int reratingRequested;
    /** The due date of each planned stage, as JSON {"STAGE": "yyyy-MM-dd"}. */
    @Column(name = "due_dates", length = 2000, nullable = false)
    String dueDates;
    /** Due date of the next step, kept apart so deadline lists can use an index. */
    @Column(name = "next_due_date")
    LocalDate nextDueDate;
    /** {@link #nextDueDate}, undated as {@link #UNDATED}: the list's order as a plain indexed column. */
    @Column(name = "due_sort", nullable = false)
    LocalDate dueSort;
    @Column(name = "version", nullable = false)
    long version;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
