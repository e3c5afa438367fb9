package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/** The self-review carries a self-rating under Regulation 124, a self-score out of 100 under 366. */
class SelfAssessmentRuleTest {

    private final SelfAssessmentRule reg124 = new SelfAssessmentRule(false);
    private final SelfAssessmentRule reg366 = new SelfAssessmentRule(true);

    @Test
    void selfAssessment_underRegulation124_aSelfRatingIsEnough() {
        assertThatNoException().isThrownBy(() -> reg124.check(Rating.GOOD, null));
    }

    @Test
    void selfAssessment_underRegulation124_withoutASelfRating_isRefused() {
        RuleViolation v = refusal(() -> reg124.check(null, 85));

        assertThat(v.rule()).isEqualTo("SELF_RATING_REQUIRED");
        assertThat(v.field()).isEqualTo("selfRating");
    }

    @Test
    void selfAssessment_underRegulation366_aSelfScoreIsEnough() {
        assertThatNoException().isThrownBy(() -> reg366.check(null, 85));
        assertThatNoException().isThrownBy(() -> reg366.check(null, 0));
        assertThatNoException().isThrownBy(() -> reg366.check(null, 100));
    }

    @Test
    void selfAssessment_underRegulation366_withoutASelfScore_isRefusedEvenWithARating() {
        RuleViolation v = refusal(() -> reg366.check(Rating.GOOD, null));

        assertThat(v.rule()).isEqualTo("SELF_SCORE_REQUIRED");
        assertThat(v.field()).isEqualTo("selfScore");
    }

    @Test
    void selfAssessment_underRegulation366_aSelfScoreOutside0To100_isRefused() {
        RuleViolation v = refusal(() -> reg366.check(null, 101));

        assertThat(v.rule()).isEqualTo("SCORE_RANGE");
        assertThat(v.field()).isEqualTo("selfScore");
        assertThat(v.args()).containsEntry("field", "selfScore").containsEntry("value", 101);
        assertThat(refusal(() -> reg366.check(null, -5)).rule()).isEqualTo("SCORE_RANGE");
    }
}
