package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/**
 * Quy định 366-QĐ/TW Art. 11 §1: Excellent needs, besides the score, every shortcoming pointed out
 * by earlier reviews remedied ("100% hạn chế, khuyết điểm … được khắc phục"). The shortcomings are
 * the facts recorded on the review (found, remedied). The collective's own conditions (no
 * disciplined subordinate unit or leadership member) are the cycle's: {@link LeadershipDisciplineRule}.
 */
public final class ExcellentConditionsRule implements RatingRule {

    @Override
    public void check(RatingContext review, Rating rating) {
        if (rating == Rating.EXCELLENT && review.unremediedShortcomings() > 0) {
            throw RuleViolation.conflict("EXCELLENT_SHORTCOMINGS", "outstanding", review.unremediedShortcomings());
        }
    }

    /** The counts a record of earlier shortcomings may carry. */
    public void checkRecord(int found, int remedied) {
        if (found < 0) {
            throw RuleViolation.invalid("found", "COUNT_INVALID", "field", "found", "value", found);
        }
        if (remedied < 0 || remedied > found) {
            throw RuleViolation.invalid("remedied", "SHORTCOMINGS_REMEDIED_EXCEED", "remedied", remedied, "found", found);
        }
    }
}
