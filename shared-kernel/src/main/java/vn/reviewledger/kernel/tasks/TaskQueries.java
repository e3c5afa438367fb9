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
     * Open steps, most urgent first.
     *
     * @param everything every cycle and unit (an administrator)
     * @param units      otherwise the units whose subtrees are in scope
     */
    public record FindTasks(boolean everything, Set<String> units, int page, int size) {
        public FindTasks {
            units = units == null ? Set.of() : Set.copyOf(units);
        }
    }

    public record TaskView(
            String reviewId,
            String cycleId,
            Subject subject,
            String unitId,
            Stage stage,
            Stage nextStage,
            LocalDate dueDate,
            DeadlineStatus deadlineStatus,
            long version) {
    }
}
