package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/**
 * What a self-review must carry as the subject's own assessment, and the self-rating it records:
 * a rating under Regulation 124 ({@link #rating()}); a score out of 100 under Regulation 366
 * Art. 12 step 1 ({@link #score(ScoreBandRule)}), the self-rating being what the score reaches.
 */
public final class SelfAssessmentRule {

    private final ScoreBandRule band;

    private SelfAssessmentRule(ScoreBandRule band) {
        this.band = band;
    }

    public static SelfAssessmentRule rating() {
        return new SelfAssessmentRule(null);
    }

    public static SelfAssessmentRule score(ScoreBandRule band) {
        return new SelfAssessmentRule(band);
    }

    /** Checks the assessment and answers the self-rating to record. */
    public Rating check(Rating selfRating, Integer selfScore) {
        if (band == null) {
            if (selfRating == null) {
                throw RuleViolation.invalid("selfRating", "SELF_RATING_REQUIRED");
            }
            return selfRating;
        }
        if (selfScore == null) {
            throw RuleViolation.invalid("selfScore", "SELF_SCORE_REQUIRED");
        }
        ScoreBandRule.requireScoreRange("selfScore", selfScore);
        return band.highestFor(selfScore);
    }
}
