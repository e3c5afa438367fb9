package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/**
 * Quy định 366-QĐ/TW Art. 11 §1.5 with DESIGN.md "REG_366": a rating below the band its score
 * reaches (an Excellent score held to Good by the quota) needs the deciding body's reason. Not
 * when another rule already forbids the band's rating (a listed Not-complete case overrides the
 * score): then the rule is the reason. {@link RuleSet#checkRating} tells it which.
 */
public final class BelowBandReasonRule {

    public void check(int score, Rating band, Rating rating, boolean bandForbidden, boolean hasReason) {
        if (band.isAbove(rating) && !bandForbidden && !hasReason) {
            throw RuleViolation.conflict("BELOW_BAND_REASON_REQUIRED", "score", score, "band", band, "rating", rating);
        }
    }
}
