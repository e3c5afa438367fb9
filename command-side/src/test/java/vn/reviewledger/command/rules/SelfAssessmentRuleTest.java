package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/**
 * The self-review carries a self-rating under Regulation 124; a self-score out of 100 under 366
 * (Art. 12 step 1), the self-rating being what the score reaches.
 */
class SelfAssessmentRuleTest {

    private final SelfAssessmentRule reg124 = SelfAssessmentRule.rating();
    private final SelfAssessmentRule reg366 = SelfAssessmentRule.score(new ScoreBandRule(90, 70, 50));

    @Test
    void underRegulation124_aSelfRatingIsEnough_andIsRecordedAsGiven() {
        assertThat(reg124.check(Rating.GOOD, null)).isEqualTo(Rating.GOOD);
    }

    @Test
    void underRegulation124_withoutASelfRating_isRefused() {
        RuleViolation v = refusal(() -> reg124.check(null, 85));

        assertThat(v.rule()).isEqualTo("SELF_RATING_REQUIRED");
        assertThat(v.field()).isEqualTo("selfRating");
    }

    @Test
    void underRegulation366_theSelfRatingIsWhatTheSelfScoreReaches() {
        assertThat(reg366.check(null, 85)).isEqualTo(Rating.GOOD);
        assertThat(reg366.check(Rating.COMPLETE, 90)).isEqualTo(Rating.EXCELLENT);
        assertThat(reg366.check(null, 0)).isEqualTo(Rating.NOT_COMPLETE);
        assertThat(reg366.check(null, 100)).isEqualTo(Rating.EXCELLENT);
    }

    @Test
    void underRegulation366_withoutASelfScore_isRefusedEvenWithARating() {
        RuleViolation v = refusal(() -> reg366.check(Rating.GOOD, null));

        assertThat(v.rule()).isEqualTo("SELF_SCORE_REQUIRED");
        assertThat(v.field()).isEqualTo("selfScore");
    }

    @Test
    void underRegulation366_aSelfScoreOutside0To100_isRefused() {
        RuleViolation v = refusal(() -> reg366.check(null, 101));

        assertThat(v.rule()).isEqualTo("SCORE_RANGE");
        assertThat(v.field()).isEqualTo("selfScore");
        assertThat(v.args()).containsEntry("field", "selfScore").containsEntry("value", 101);
        assertThat(refusal(() -> reg366.check(null, -5)).rule()).isEqualTo("SCORE_RANGE");
    }
}
