package vn.reviewledger.command.rules;

/** Head counts that cannot be true whatever the rules say: refused as bad input. */
final class MeetingCounts {

    private MeetingCounts() {
    }

    static void requireValid(int eligible, int present, int absentWithReason) {
        if (eligible <= 0) {
            throw RuleViolation.invalid("eligible", "COUNT_INVALID", "field", "eligible", "value", eligible);
        }
        if (present < 0 || present > eligible) {
            throw RuleViolation.invalid("present", "PRESENT_EXCEEDS_ELIGIBLE", "present", present, "eligible", eligible);
        }
        if (absentWithReason < 0 || absentWithReason > eligible - present) {
            throw RuleViolation.invalid("absentWithReason", "ABSENT_EXCEEDS_MISSING",
                    "absent", absentWithReason, "missing", eligible - present);
        }
    }
}
