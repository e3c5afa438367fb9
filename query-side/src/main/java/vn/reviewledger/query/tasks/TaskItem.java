package vn.reviewledger.query.tasks;

import java.time.LocalDate;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.tasks.TaskQueries.TaskView;

/**
 * One open task as {@code GET /api/tasks} and the task page show it: the kernel's {@link TaskView}
 * with {@code task} saying what is owed — {@link #STEP} the next stage of the procedure
 * ({@code nextStage}), or {@link #RERATE} a re-rating asked of the review because a later discipline
 * names a fault of its year (Quy định 124-QĐ/TW Art. 12 §4.5), open until a reclassification answers
 * it; a re-rating has no stage and no due date. It belongs in {@code shared-kernel} beside
 * {@code TaskView}; it lives here until that change is made there.
 */
public record TaskItem(
        String reviewId,
        String cycleId,
        Subject subject,
        String unitId,
        Stage stage,
        Stage nextStage,
        String task,
        LocalDate dueDate,
        DeadlineStatus deadlineStatus,
        long version) {

    public static final String STEP = "STEP";
    public static final String RERATE = "RERATE";

    public boolean rerate() {
        return RERATE.equals(task);
    }
}
