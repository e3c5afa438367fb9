package vn.reviewledger.command.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A command broke a rule. It names the rule by a stable code, carries the values and the limit
 * involved, and renders itself in Vietnamese (default) or English for a secretary to read.
 * Thrown before any event is applied, so the rejected command changes nothing.
 */
public class RuleViolation extends RuntimeException {

    /** How the HTTP layer should answer: a broken business rule, bad input, or an unknown thing. */
    public enum Kind { CONFLICT, INVALID, NOT_FOUND, FORBIDDEN }

    private final String rule;
    private final Kind kind;
    private final String field;
    private final Map<String, Object> args;

    private RuleViolation(String rule, Kind kind, String field, Map<String, Object> args) {
        super(RuleMessages.render(rule, args, RuleMessages.VIETNAMESE));
        this.rule = rule;
        this.kind = kind;
        this.field = field;
        this.args = Collections.unmodifiableMap(args);
    }

    /** A business rule of the regulation refused the command (HTTP 409). */
    public static RuleViolation conflict(String rule, Object... keyValues) {
        return new RuleViolation(rule, Kind.CONFLICT, null, pairs(keyValues));
    }

    /** The input itself is wrong, independent of the review's state (HTTP 400). */
    public static RuleViolation invalid(String field, String rule, Object... keyValues) {
        return new RuleViolation(rule, Kind.INVALID, field, pairs(keyValues));
    }

    /** Something the command names does not exist (HTTP 404). */
    public static RuleViolation notFound(String rule, Object... keyValues) {
        return new RuleViolation(rule, Kind.NOT_FOUND, null, pairs(keyValues));
    }

    /** The actor's role or scope does not reach what the command names (HTTP 403). */
    public static RuleViolation forbidden(String rule, Object... keyValues) {
        return new RuleViolation(rule, Kind.FORBIDDEN, null, pairs(keyValues));
    }

    private static Map<String, Object> pairs(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name/value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return m;
    }

    /** The same refusal, naming the entry of a batch it belongs to. */
    public RuleViolation forEntry(String reviewId) {
        Map<String, Object> withEntry = new LinkedHashMap<>(args);
        withEntry.put("reviewId", reviewId);
        return new RuleViolation(rule, kind, field, withEntry);
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, for input errors; null for business rules. */
    public String field() {
        return field;
    }

    public Map<String, Object> args() {
        return args;
    }

    public String message(Locale locale) {
        return RuleMessages.render(rule, args, locale);
    }
}
