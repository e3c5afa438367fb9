package vn.reviewledger.query.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.query.RowTable;

/**
 * The step a review owes next and its due date. A finished review keeps its row with no next step
 * (so its version still guards against redelivery) and drops out of every list.
 */
@Entity
@Table(name = "review_task")
class TaskEntity {

    /** The same columns for the JDBC paths (the live batch and the rebuild); the key first. */
    static final RowTable<TaskEntity> TABLE = RowTable.of("review_task", TaskEntity::new, 1)
            .text("review_id", t -> t.reviewId, (t, v) -> t.reviewId = v)
            .text("cycle_id", t -> t.cycleId, (t, v) -> t.cycleId = v)
            .text("unit_id", t -> t.unitId, (t, v) -> t.unitId = v)
            .text("subject_id", t -> t.subjectId, (t, v) -> t.subjectId = v)
            .text("subject_name", t -> t.subjectName, (t, v) -> t.subjectName = v)
            .enumerated("subject_kind", SubjectKind.class, t -> t.subjectKind, (t, v) -> t.subjectKind = v)
            .enumerated("stage", Stage.class, t -> t.stage, (t, v) -> t.stage = v)
            .enumerated("next_stage", Stage.class, t -> t.nextStage, (t, v) -> t.nextStage = v)
            .date("due_date", t -> t.dueDate, (t, v) -> t.dueDate = v)
            .text("due_dates", t -> t.dueDates, (t, v) -> t.dueDates = v)
            .integer("rerating_requested", t -> t.reratingRequested, (t, v) -> t.reratingRequested = v)
            .bigint("version", t -> t.version, (t, v) -> t.version = v);

    @Id
    @Column(name = "review_id", length = 64)
    String reviewId;
    @Column(name = "cycle_id", length = 64, nullable = false)
    String cycleId;
    @Column(name = "unit_id", length = 100, nullable = false)
    String unitId;
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
    @Column(name = "next_stage", length = 32)
    Stage nextStage;
    @Column(name = "due_date")
    LocalDate dueDate;
    @Column(name = "due_dates", length = 2000, nullable = false)
    String dueDates;
    /** Re-ratings asked of the review (Quy định 124-QĐ/TW Art. 12 §4.5) not yet answered: an open task too. */
    @Column(name = "rerating_requested", nullable = false)
    int reratingRequested;
    @Column(name = "version", nullable = false)
    long version;
}
