package vn.reviewledger.command.rules;

import java.util.Collection;

/**
 * Hướng dẫn 25-HD/BTCTW Part II; Quy định 366-QĐ/TW Art. 3 (2): the collective of a unit is rated
 * before the individual who heads it, since the head's rating depends on the collective's. A
 * head's decision waits for every collective review registered at that unit (an exempted one does
 * not count); the refusal names the review it waits for.
 */
public final class UnitBeforeHeadRule {

    public void check(String headName, Collection<CollectiveStatus> collectivesOfUnit) {
        for (CollectiveStatus c : collectivesOfUnit) {
            if (c.pending()) {
                throw RuleViolation.conflict("UNIT_BEFORE_HEAD", "head", headName, "collective", c.name(),
                        "blockingReviewId", c.reviewId());
            }
        }
    }
}
