package vn.reviewledger.kernel.tasks;

import java.time.LocalDate;
import java.util.Set;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;

/** The open steps of reviews: what someone has to do next, and by when. */
public final class TaskQueries {

    private TaskQueries() {
    }

    /**
     * Open tasks, most urgent first, undated ones last.
     *
     * @param everything every cycle and unit (an administrator)
     * @param units      otherwise the units whose subtrees are in scope
     * @param rerating   the open re-ratings too, for whoever decides ratings (an office, an administrator)
     */
    public record FindTasks(boolean everything, Set<String> units, int page, int size, boolean rerating) {
        public FindTasks {
            units = units == null ? Set.of() : Set.copyOf(units);
        }

        public FindTasks(boolean everything, Set<String> units, int page, int size) {
            this(everything, units, page, size, false);
        }
    }

    /**
     * One open task. {@code task}: {@link #STEP}, the next stage of the procedure ({@code nextStage},
     * due {@code dueDate}); or {@link #RERATE}, a re-rating asked of the review because a later
     * discipline names a fault of its year (Quy định 124-QĐ/TW Art. 12 §4.5) — no stage, no due date.
     */
    public record TaskView(
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
}
