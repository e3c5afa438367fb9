package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.RuleParameters;

/**
 * DESIGN.md "Rule sets": a cycle sets the figures the sources leave open; the ones the regulations
 * fix (Quy định 124 Art. 4 (1) 20%, Quy định 366 Art. 11 bands and 25%) it cannot change.
 */
class ParametersRuleTest {

    private final ParametersRule rule = new ParametersRule();

    @Test
    void openFigures_mayBeSet_fixedOnesNot_unknownOnesAreNamed() {
        assertThatNoException().isThrownBy(() -> rule.checkName("quorumShare", true));
        assertThatNoException().isThrownBy(() -> rule.checkName("sickLeaveCap", true));
        RuleViolation fixed = refusal(() -> rule.checkName("maxExcellentShare", true));
        assertThat(fixed.rule()).isEqualTo("PARAMETER_FIXED");
        assertThat(fixed.field()).isEqualTo("ruleParameters.maxExcellentShare");
        assertThat(refusal(() -> rule.checkName("excellentScore", true)).rule()).isEqualTo("PARAMETER_FIXED");
        assertThat(refusal(() -> rule.checkName("quorum", false)).rule()).isEqualTo("PARAMETER_UNKNOWN");
    }

    @Test
    void bothRegulationsDefaults_makeSense() {
        assertThatNoException().isThrownBy(() -> rule.check(RuleParameters.reg124Defaults()));
        assertThatNoException().isThrownBy(() -> rule.check(RuleParameters.reg366Defaults()));
    }

    @Test
    void aShareOutsideZeroToOne_orADefaultExcellentShareAboveTheCeiling_isRefused() {
        RuleParameters d = RuleParameters.reg124Defaults();
        RuleParameters quorumTooHigh = new RuleParameters(new BigDecimal("1.2"), d.voteMajorityShare(),
                d.excellentShareOfGood(), 6, 3, 3, 6, null, 90, 70, 50, true, true, d.sickLeaveCap(),
                d.maxExcellentShare(), null, d.disciplinedUnitsShare(), false, false);
        RuleParameters excellentTooHigh = new RuleParameters(d.quorumShare(), d.voteMajorityShare(),
                new BigDecimal("0.3"), 6, 3, 3, 6, null, 90, 70, 50, true, true, d.sickLeaveCap(),
                d.maxExcellentShare(), null, d.disciplinedUnitsShare(), false, false);

        assertThat(refusal(() -> rule.check(quorumTooHigh)).field()).isEqualTo("ruleParameters.quorumShare");
        RuleViolation v = refusal(() -> rule.check(excellentTooHigh));
        assertThat(v.rule()).isEqualTo("PARAMETER_RANGE");
        assertThat(v.args()).containsEntry("max", "0.2");
    }

    @Test
    void monthsBeyondAYear_areRefused() {
        RuleParameters d = RuleParameters.reg124Defaults();
        RuleParameters thirteen = new RuleParameters(d.quorumShare(), d.voteMajorityShare(), d.excellentShareOfGood(),
                13, 3, 3, 6, null, 90, 70, 50, true, true, d.sickLeaveCap(), d.maxExcellentShare(), null,
                d.disciplinedUnitsShare(), false, false);

        assertThat(refusal(() -> rule.check(thirteen)).args()).containsEntry("name", "minMonthsWorkedForRating");
    }
}
