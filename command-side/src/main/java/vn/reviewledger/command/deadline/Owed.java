package vn.reviewledger.command.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.reviewledger.kernel.common.Stage;

/**
 * The step a review owes next, its due date, and which of that date's notices were already
 * raised: all a review's deadline depends on. Two equal values mean the pending deadline stays.
 */
public record Owed(Stage stage, LocalDate due, Set<Notice> raised) {

    public Owed {
        raised = raised.isEmpty() ? EnumSet.noneOf(Notice.class) : EnumSet.copyOf(raised);
    }

    /**
     * The notices still to raise for this date, in the order they fall due: those after the last
     * one raised (once a step is overdue, a reminder for it would come too late to help).
     */
    public List<Notice> toRaise() {
        int last = raised.stream().mapToInt(Notice::ordinal).max().orElse(-1);
        return Arrays.stream(Notice.values()).filter(n -> n.ordinal() > last).toList();
    }

    /**
     * Whether a deadline that fired may still speak: only while its stage is the step owed and its
     * due date still stands (an extension or a completed step makes it stale), and only once.
     */
    public boolean stillOwes(Notice notice, StageDeadline fired) {
        return stage == fired.stage() && due.equals(fired.dueDate()) && !raised.contains(notice);
    }
}
