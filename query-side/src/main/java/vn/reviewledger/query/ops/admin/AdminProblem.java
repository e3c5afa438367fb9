package vn.reviewledger.query.ops.admin;

import org.springframework.http.HttpStatus;

/**
 * A refused administrative request, answered as problem+json with the rule (and the field, for bad
 * input) named, in Vietnamese first with an English alternative. Thrown before anything changes.
 */
public class AdminProblem extends RuntimeException {

    final HttpStatus status;
    final String rule;
    final String field;
    final String messageVi;
    final String messageEn;

    private AdminProblem(HttpStatus status, String rule, String field, String messageVi, String messageEn) {
        super(rule + ": " + messageEn);
        this.status = status;
        this.rule = rule;
        this.field = field;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** A required field left out or blank. */
    public static AdminProblem missing(String field) {
        return new AdminProblem(HttpStatus.BAD_REQUEST, "VALIDATION", field, field + ": bắt buộc phải có",
                field + ": is required");
    }

    public static AdminProblem invalid(String field, String messageVi, String messageEn) {
        return new AdminProblem(HttpStatus.BAD_REQUEST, "VALIDATION", field, field + ": " + messageVi,
                field + ": " + messageEn);
    }

    public static AdminProblem unknownProcessor(String name) {
        return new AdminProblem(HttpStatus.NOT_FOUND, "UNKNOWN_PROCESSOR", "name",
                "Không có bộ xử lý sự kiện tên '" + name + "'", "No event processor named '" + name + "'");
    }

    public static AdminProblem noDeadLetter(String group, String sequence) {
        return new AdminProblem(HttpStatus.NOT_FOUND, "NO_DEAD_LETTER", "reviewId",
                "Bộ xử lý '" + group + "' không có sự kiện lỗi nào của chuỗi '" + sequence + "'",
                "Processor '" + group + "' holds no dead letter of sequence '" + sequence + "'");
    }

    public static AdminProblem conflict(String rule, String messageVi, String messageEn) {
        return new AdminProblem(HttpStatus.CONFLICT, rule, null, messageVi, messageEn);
    }

    /** A reason is required for every action that changes something, so the record says why. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw missing("reason");
        }
        if (reason.length() > 2000) {
            throw invalid("reason", "tối đa 2000 ký tự", "at most 2000 characters");
        }
        return reason.strip();
    }
}
