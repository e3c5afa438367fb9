package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;

/** Quy định 366-QĐ/TW: Excellent from 90 points, Good from 70, Complete from 50, out of 100. */
class ScoreBandRuleTest {

    private final ScoreBandRule rule = new ScoreBandRule(90, 70, 50);

    private static RatingContext scored(Integer score) {
        return new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(), List.of(), false, null, score);
    }

    @ParameterizedTest(name = "{0} points reach at most {1}")
    @CsvSource({
            "100, EXCELLENT", "90, EXCELLENT",
            "89, GOOD", "70, GOOD",
            "69, COMPLETE", "50, COMPLETE",
            "49, NOT_COMPLETE", "0, NOT_COMPLETE"})
    void scoreBand_thresholdsAre90_70_50(int score, Rating highest) {
        assertThat(rule.highestFor(score)).isEqualTo(highest);
    }

    @Test
    void scoreBand_ninetyPointsAllowExcellent() {
        assertThatNoException().isThrownBy(() -> rule.check(scored(90), Rating.EXCELLENT));
    }

    @Test
    void scoreBand_eightyNinePointsAreAtMostGood() {
        RuleViolation v = refusal(() -> rule.check(scored(89), Rating.EXCELLENT));

        assertThat(v.rule()).isEqualTo("SCORE_BAND");
        assertThat(v.args()).containsEntry("score", 89).containsEntry("rating", Rating.EXCELLENT)
                .containsEntry("highest", Rating.GOOD);
        assertThatNoException().isThrownBy(() -> rule.check(scored(89), Rating.GOOD));
    }

    @Test
    void scoreBand_sixtyNinePointsAreAtMostComplete_andFortyNineNotComplete() {
        assertThat(refusal(() -> rule.check(scored(69), Rating.GOOD)).args()).containsEntry("highest", Rating.COMPLETE);
        assertThat(refusal(() -> rule.check(scored(49), Rating.COMPLETE)).args()).containsEntry("highest", Rating.NOT_COMPLETE);
    }

    @Test
    void scoreBand_aLowerRatingThanTheScoreReaches_isAllowed() {
        // The deciding level may rate below the band, for instance to keep within the Excellent quota.
        assertThatNoException().isThrownBy(() -> rule.check(scored(95), Rating.GOOD));
    }

    @Test
    void scoreBand_aScoreIsRequired() {
        RuleViolation v = refusal(() -> rule.check(scored(null), Rating.GOOD));

        assertThat(v.rule()).isEqualTo("SCORE_REQUIRED");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(v.field()).isEqualTo("score");
    }

    @ParameterizedTest(name = "{0} is outside 0..100")
    @ValueSource(ints = {-1, 101, 1000})
    void scoreBand_aScoreOutside0To100_isRefused(int score) {
        RuleViolation v = refusal(() -> rule.check(scored(score), Rating.NOT_COMPLETE));

        assertThat(v.rule()).isEqualTo("SCORE_RANGE");
        assertThat(v.field()).isEqualTo("score");
        assertThat(v.args()).containsEntry("value", score);
    }

    @Test
    void scoreBand_0And100AreInRange() {
        assertThatNoException().isThrownBy(() -> rule.check(scored(0), Rating.NOT_COMPLETE));
        assertThatNoException().isThrownBy(() -> rule.check(scored(100), Rating.EXCELLENT));
    }

    @Test
    void scoreBand_thresholdsAreParameters() {
        ScoreBandRule stricter = new ScoreBandRule(95, 80, 60);

        assertThat(refusal(() -> stricter.check(scored(90), Rating.EXCELLENT)).args()).containsEntry("highest", Rating.GOOD);
    }
}
