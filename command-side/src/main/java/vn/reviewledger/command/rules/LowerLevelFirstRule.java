package vn.reviewledger.command.rules;

import java.util.Collection;

/**
 * Hướng dẫn 25-HD/BTCTW Part II, Guid. 43 §3: collectives are rated from the lower level up; an
 * upper-level collective waits until every collective below it in the tree is decided (an exempted
 * one does not count). The refusal names the first one still open.
 */
public final class LowerLevelFirstRule {

    public void check(String collectiveName, Collection<CollectiveStatus> collectivesBelow) {
        for (CollectiveStatus c : collectivesBelow) {
            if (c.pending()) {
                throw RuleViolation.conflict("LOWER_LEVEL_FIRST", "collective", collectiveName, "lower", c.name(),
                        "blockingReviewId", c.reviewId());
            }
        }
    }
}
