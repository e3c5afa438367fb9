package vn.reviewledger.command.rules;

import java.time.LocalDate;
import vn.reviewledger.kernel.common.Stage;

/**
 * DESIGN.md "Deadlines": an extension is an event with a reason and a new date, for a planned stage
 * the review has not reached yet, and it extends — a new date not after the current one is no
 * extension (a correction the other way would hide a missed deadline).
 */
public final class DeadlineExtensionRule {

    public void check(Stage stage, LocalDate newDueDate, Stage current, LocalDate currentDueDate) {
        if (!Stage.PLANNED.contains(stage)) {
            throw RuleViolation.invalid("stage", "STAGE_NOT_PLANNED", "stage", stage);
        }
        if (current.atLeast(stage)) {
            throw RuleViolation.conflict("STAGE_ALREADY_REACHED", "stage", stage, "current", current);
        }
        if (currentDueDate != null && !newDueDate.isAfter(currentDueDate)) {
            throw RuleViolation.conflict("EXTENSION_NOT_LATER", "stage", stage, "newDueDate", newDueDate,
                    "dueDate", currentDueDate);
        }
    }
}
