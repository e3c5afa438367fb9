package vn.reviewledger.command.deadline;

import java.time.LocalDate;
import vn.reviewledger.kernel.common.Stage;

/**
 * The three notices a stage's due date raises, in the order they fall due. Each is also the name
 * of its deadline, so that deadlines scheduled before this enum existed still find their handler.
 */
public enum Notice {
    REMINDER("stage-reminder", "REMINDER"),
    OVERDUE("stage-overdue", "OVERDUE"),
    ESCALATION("stage-escalation", "ESCALATED");

    private final String deadlineName;
    private final String key;

    Notice(String deadlineName, String key) {
        this.deadlineName = deadlineName;
        this.key = key;
    }

    public String deadlineName() {
        return deadlineName;
    }

    /**
     * How a review remembers this notice raised for a step due on a date, as "KIND STAGE due-date"
     * (unchanged since the first release: snapshots hold these keys).
     */
    public String keyFor(Stage stage, LocalDate due) {
        return key + " " + stage + " " + due;
    }
}
