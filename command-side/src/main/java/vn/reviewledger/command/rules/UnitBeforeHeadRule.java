package vn.reviewledger.command.rules;

import java.util.Collection;

/**
 * Hướng dẫn 25-HD/BTCTW, Part II: the collective of a unit is rated before the individual who heads
 * it, since the head's rating depends on the collective's. A head's decision waits for every
 * collective review registered at that unit; the refusal names the review it waits for.
 */
public final class UnitBeforeHeadRule {

    public void check(String headName, Collection<CollectiveStatus> collectivesOfUnit) {
        for (CollectiveStatus c : collectivesOfUnit) {
            if (!c.decided()) {
                throw RuleViolation.conflict("UNIT_BEFORE_HEAD", "head", headName, "collective", c.name(),
                        "blockingReviewId", c.reviewId());
            }
        }
    }
}
