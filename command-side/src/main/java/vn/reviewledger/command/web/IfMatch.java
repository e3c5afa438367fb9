package vn.reviewledger.command.web;

import vn.reviewledger.command.rules.RuleViolation;

/** Reads {@code If-Match: "7"} (or W/"7", or 7) into the version a command expects. */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String v = header.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "").trim();
        try {
            long version = Long.parseLong(v);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("If-Match", "IF_MATCH_INVALID", "value", header);
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
