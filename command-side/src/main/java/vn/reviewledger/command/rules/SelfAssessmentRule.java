package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/**
 * A self-review carries the subject's own assessment: a rating under Regulation 124, a score out
 * of 100 under Regulation 366 (which rates by points).
 */
public final class SelfAssessmentRule {

    private final boolean scored;

    public SelfAssessmentRule(boolean scored) {
        this.scored = scored;
    }

    public void check(Rating selfRating, Integer selfScore) {
        if (scored) {
            if (selfScore == null) {
                throw RuleViolation.invalid("selfScore", "SELF_SCORE_REQUIRED");
            }
            ScoreBandRule.requireScoreRange("selfScore", selfScore);
        } else if (selfRating == null) {
            throw RuleViolation.invalid("selfRating", "SELF_RATING_REQUIRED");
        }
    }
}
