package vn.reviewledger.command.deadline;

import java.time.LocalDate;
import vn.reviewledger.kernel.common.Stage;

/** The payload of a scheduled deadline: which stage, due on which date. Stored by db-scheduler. */
public record StageDeadline(Stage stage, LocalDate dueDate) {
}
