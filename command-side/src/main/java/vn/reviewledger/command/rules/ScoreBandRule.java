package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/**
 * Quy định 366-QĐ/TW Art. 11: quality is scored out of 100; Excellent needs at least 90, Good 70,
 * Complete 50, below 50 is Not complete (the thresholds are rule-set parameters). A rating above
 * what the score reaches is refused. A rating below it (for the quota, say) is allowed with the
 * deciding body's reason ({@link BelowBandReasonRule}).
 */
public final class ScoreBandRule implements RatingRule {

    private final int excellent;
    private final int good;
    private final int complete;

    public ScoreBandRule(int excellent, int good, int complete) {
        this.excellent = excellent;
        this.good = good;
        this.complete = complete;
    }

    public Rating highestFor(int score) {
        if (score >= excellent) {
            return Rating.EXCELLENT;
        }
        if (score >= good) {
            return Rating.GOOD;
        }
        return score >= complete ? Rating.COMPLETE : Rating.NOT_COMPLETE;
    }

    @Override
    public void check(RatingContext review, Rating rating) {
        if (review.score() == null) {
            throw RuleViolation.invalid("score", "SCORE_REQUIRED");
        }
        requireScoreRange("score", review.score());
        Rating highest = highestFor(review.score());
        if (rating.isAbove(highest)) {
            throw RuleViolation.conflict("SCORE_BAND", "score", review.score(), "rating", rating, "highest", highest);
        }
    }

    static void requireScoreRange(String field, int score) {
        if (score < 0 || score > 100) {
            throw RuleViolation.invalid(field, "SCORE_RANGE", "field", field, "value", score);
        }
    }
}
