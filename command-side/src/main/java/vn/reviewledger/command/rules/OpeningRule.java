package vn.reviewledger.command.rules;

/**
 * DESIGN.md "Aggregates": one review per subject per cycle per place of review, at a unit of the
 * cycle's tree, in a quota group the cycle has. A second opening of the same review is refused
 * (under a race the event store's unique key decides the same way).
 */
public final class OpeningRule {

    public void checkPlace(boolean unitKnown, String unitId, boolean groupKnown, String quotaGroupId) {
        if (!unitKnown) {
            throw RuleViolation.invalid("unitId", "UNKNOWN_UNIT", "unitId", unitId);
        }
        if (quotaGroupId != null && !groupKnown) {
            throw RuleViolation.invalid("quotaGroupId", "UNKNOWN_QUOTA_GROUP", "quotaGroupId", quotaGroupId);
        }
    }

    public void checkNotOpened(boolean alreadyOpened, String reviewId, String subjectName, String unitId) {
        if (alreadyOpened) {
            throw RuleViolation.conflict("DUPLICATE_REVIEW", "reviewId", reviewId, "subject", subjectName,
                    "unitId", unitId);
        }
    }
}
