package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/**
 * Hướng dẫn 25-HD/BTCTW, Part I (2.4): for a party member who is a civil servant, the State rating
 * is recorded before the party rating is decided, and the party rating cannot be Excellent unless
 * the State rating is Excellent too.
 */
public final class CivilServantRule implements RatingRule {

    @Override
    public void check(RatingContext review, Rating rating) {
        if (!review.civilServant() || review.kind().isCollective()) {
            return;
        }
        if (review.civilServantRating() == null) {
            throw RuleViolation.conflict("CIVIL_SERVANT_RATING_MISSING", "rating", rating);
        }
        if (rating == Rating.EXCELLENT && review.civilServantRating() != Rating.EXCELLENT) {
            throw RuleViolation.conflict("CIVIL_SERVANT_EXCELLENT", "stateRating", review.civilServantRating(),
                    "rating", rating);
        }
    }
}
