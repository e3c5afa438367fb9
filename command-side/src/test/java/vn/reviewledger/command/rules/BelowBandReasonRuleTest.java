package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/** Quy định 366-QĐ/TW Art. 11 §1.5: a rating below the band its score reaches needs the deciding body's reason. */
class BelowBandReasonRuleTest {

    private final BelowBandReasonRule rule = new BelowBandReasonRule();

    @Test
    void belowTheBand_withoutAReason_isRefused_namingScoreBandAndRating() {
        RuleViolation v = refusal(() -> rule.check(93, Rating.EXCELLENT, Rating.GOOD, false, false));

        assertThat(v.rule()).isEqualTo("BELOW_BAND_REASON_REQUIRED");
        assertThat(v.args()).containsEntry("score", 93).containsEntry("band", Rating.EXCELLENT)
                .containsEntry("rating", Rating.GOOD);
    }

    @Test
    void belowTheBand_withAReason_isAccepted() {
        assertThatNoException().isThrownBy(() -> rule.check(93, Rating.EXCELLENT, Rating.GOOD, false, true));
    }

    @Test
    void atTheBand_needsNoReason() {
        assertThatNoException().isThrownBy(() -> rule.check(75, Rating.GOOD, Rating.GOOD, false, false));
    }

    @Test
    void belowTheBand_becauseAnotherRuleForbidsTheBand_needsNoReason() {
        assertThatNoException().isThrownBy(() -> rule.check(85, Rating.GOOD, Rating.NOT_COMPLETE, true, false));
    }
}
