package vn.reviewledger.command.rules;

import java.util.List;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;

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

    /** A record of earlier shortcomings bears on the decision, so it comes before it, and its counts add up. */
    public void checkRecord(Stage current, int found, int remedied) {
        if (current.atLeast(Stage.DECIDED)) {
            throw RuleViolation.conflict("STAGE_ORDER", "current", current, "expected", List.of(Stage.OPENED, Stage.PROPOSED));
        }
        if (found < 0) {
            throw RuleViolation.invalid("found", "COUNT_INVALID", "field", "found", "value", found);
        }
        if (remedied < 0 || remedied > found) {
            throw RuleViolation.invalid("remedied", "SHORTCOMINGS_REMEDIED_EXCEED", "remedied", remedied, "found", found);
        }
    }
}
