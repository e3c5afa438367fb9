package vn.reviewledger.command.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DESIGN.md stage 6: a quota group's decision lists the reviews of that group in that cycle, each
 * once, and is taken all or nothing — so a list that is empty, names a review twice, or names a
 * review of another group is refused as a whole.
 */
public final class GroupDecisionRule {

    /** The list itself: not empty, no review twice. */
    public void checkEntries(List<String> reviewIds) {
        if (reviewIds == null || reviewIds.isEmpty()) {
            throw RuleViolation.invalid("entries", "BATCH_EMPTY");
        }
        Set<String> seen = new HashSet<>();
        for (String id : reviewIds) {
            if (!seen.add(id)) {
                throw RuleViolation.invalid("entries", "BATCH_DUPLICATE", "reviewId", id);
            }
        }
    }

    /** One entry: a review of the group and cycle the decision is for. */
    public void checkMember(String reviewId, String cycleId, String quotaGroupId, String reviewCycleId,
                            String reviewGroupId) {
        if (!cycleId.equals(reviewCycleId) || !quotaGroupId.equals(reviewGroupId)) {
            throw RuleViolation.conflict("QUOTA_GROUP_MISMATCH", "reviewId", reviewId, "quotaGroupId", quotaGroupId,
                    "actual", String.valueOf(reviewGroupId));
        }
    }
}
