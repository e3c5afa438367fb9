package vn.reviewledger.command.rules;

import java.util.Collection;
import vn.reviewledger.kernel.common.Rating;

/**
 * Guid. 21/2019 (kept by Guid. 25), Quy định 366-QĐ/TW Art. 3 (2): "Mức xếp loại của người đứng
 * đầu không được cao hơn mức xếp loại của tập thể" — the head of a unit is never rated above the
 * collective he heads (each decided collective registered at his unit).
 */
public final class HeadNotAboveCollectiveRule {

    public void check(String headName, Rating rating, Collection<CollectiveStatus> collectivesOfUnit) {
        for (CollectiveStatus c : collectivesOfUnit) {
            if (c.decided() && rating.isAbove(c.rating())) {
                throw RuleViolation.conflict("HEAD_ABOVE_COLLECTIVE", "head", headName, "rating", rating,
                        "collective", c.name(), "collectiveRating", c.rating());
            }
        }
    }
}
