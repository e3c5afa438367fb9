package vn.reviewledger.query.ops.admin;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refused administrative request, answered as problem+json with the rule (and the field, for bad
 * input) named, in the bundle's words for {@code key}. Thrown before anything changes.
 */
public class AdminProblem extends RuntimeException {

    static final int MAX_REASON = 2000;

    final HttpStatus status;
    final String rule;
    final String field;
    final String key;
    final Map<String, ?> args;

    private AdminProblem(HttpStatus status, String rule, String field, String key, Map<String, ?> args) {
        super(rule + ": " + key + " " + args);
        this.status = status;
        this.rule = rule;
        this.field = field;
        this.key = key;
        this.args = args;
    }

    /** A required field left out or blank. */
    public static AdminProblem missing(String field) {
        return invalid(field, "validation.NotNull", Map.of());
    }

    /** Bad input in {@code field}; {@code key} names its words in the bundle. */
    public static AdminProblem invalid(String field, String key, Map<String, ?> args) {
        return new AdminProblem(HttpStatus.BAD_REQUEST, "VALIDATION", field, key, args);
    }

    public static AdminProblem unknownProcessor(String name) {
        return new AdminProblem(HttpStatus.NOT_FOUND, "UNKNOWN_PROCESSOR", "name", "UNKNOWN_PROCESSOR",
                Map.of("name", name));
    }

    public static AdminProblem noDeadLetter(String group, String sequence) {
        return new AdminProblem(HttpStatus.NOT_FOUND, "NO_DEAD_LETTER", "reviewId", "NO_DEAD_LETTER",
                Map.of("group", group, "sequence", sequence));
    }

    /** A state that refuses the action; the bundle has the words under the rule code. */
    public static AdminProblem conflict(String rule, Map<String, ?> args) {
        return new AdminProblem(HttpStatus.CONFLICT, rule, null, rule, args);
    }

    /** A reason is required for every action that changes something, so the record says why. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw missing("reason");
        }
        if (reason.length() > MAX_REASON) {
            throw invalid("reason", "field.reason", Map.of("max", MAX_REASON));
        }
        return reason.strip();
    }
}
