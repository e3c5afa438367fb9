package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review meeting needs more than half of the eligible official members present. */
class QuorumRuleTest {

    private final QuorumRule quorum = new QuorumRule(new BigDecimal("0.5"));

    @Test
    void quorum_needsMoreThanHalfOfEligibleOfficialMembers_sixOfTenIsEnough() {
        assertThatNoException().isThrownBy(() -> quorum.check(10, 6, 2));
    }

    @Test
    void quorum_exactlyHalfPresentIsNotEnough_fiveOfTenIsRefusedNamingSixAsRequired() {
        RuleViolation v = refusal(() -> quorum.check(10, 5, 3));

        assertThat(v.rule()).isEqualTo("QUORUM");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(v.args()).containsEntry("present", 5).containsEntry("eligible", 10).containsEntry("required", 6L);
    }

    // With an odd count "more than half" is the next whole member above the half: 9 → 5, 7 → 4, 1 → 1.
    @ParameterizedTest(name = "eligible {0}: {1} present is too few, {2} is enough")
    @CsvSource({"9, 4, 5", "7, 3, 4", "1, 0, 1", "3, 1, 2"})
    void quorum_withOddEligibleCounts_theSmallestMajorityIsAccepted(int eligible, int tooFew, int enough) {
        RuleViolation v = refusal(() -> quorum.check(eligible, tooFew, 0));
        assertThat(v.rule()).isEqualTo("QUORUM");
        assertThat(v.args()).containsEntry("required", (long) enough);

        assertThatNoException().isThrownBy(() -> quorum.check(eligible, enough, 0));
    }

    @Test
    void quorum_shareIsAParameter_twoThirdsOfNineNeedsSevenBecauseSixIsNotMoreThanSix() {
        QuorumRule twoThirds = new QuorumRule(new BigDecimal("2").divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP));

        assertThat(refusal(() -> twoThirds.check(9, 6, 0)).args()).containsEntry("required", 7L);
        assertThatNoException().isThrownBy(() -> twoThirds.check(9, 7, 0));
    }

    @Test
    void quorum_refusesImpossibleHeadCountsAsBadInput() {
        RuleViolation noEligible = refusal(() -> quorum.check(0, 0, 0));
        assertThat(noEligible.rule()).isEqualTo("COUNT_INVALID");
        assertThat(noEligible.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(noEligible.field()).isEqualTo("eligible");

        RuleViolation tooMany = refusal(() -> quorum.check(10, 11, 0));
        assertThat(tooMany.rule()).isEqualTo("PRESENT_EXCEEDS_ELIGIBLE");
        assertThat(tooMany.args()).containsEntry("present", 11).containsEntry("eligible", 10);

        RuleViolation negative = refusal(() -> quorum.check(10, -1, 0));
        assertThat(negative.rule()).isEqualTo("PRESENT_EXCEEDS_ELIGIBLE");

        // Absent with reason can only be among those not present.
        RuleViolation absent = refusal(() -> quorum.check(10, 8, 3));
        assertThat(absent.rule()).isEqualTo("ABSENT_EXCEEDS_MISSING");
        assertThat(absent.args()).containsEntry("absent", 3).containsEntry("missing", 2);
    }
}
