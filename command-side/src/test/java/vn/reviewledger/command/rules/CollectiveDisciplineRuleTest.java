package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Quy định 124-QĐ/TW Art. 12 §4 (collectives): more than 20% of its subordinate units disciplined in
 * the year ⇒ Not complete; a member or a subordinate unit disciplined ⇒ not Excellent.
 */
class CollectiveDisciplineRuleTest {

    private final CollectiveDisciplineRule rule = new CollectiveDisciplineRule(new BigDecimal("0.2"));

    private static CollectiveFacts facts(int members, int units, int disciplinedUnits) {
        return new CollectiveFacts(SubjectKind.PARTY_ORGANIZATION, members, 0, units, disciplinedUnits, "rv-x");
    }

    @ParameterizedTest(name = "{0} is refused with 2 of 5 units disciplined")
    @EnumSource(value = Rating.class, names = {"EXCELLENT", "GOOD", "COMPLETE"})
    void moreThanTwentyPercentOfItsUnitsDisciplined_isNotComplete(Rating rating) {
        RuleViolation v = refusal(() -> rule.check("Đảng bộ Khối", rating, facts(0, 5, 2)));

        assertThat(v.rule()).isEqualTo("DISCIPLINED_UNITS_SHARE");
        assertThat(v.args()).containsEntry("disciplined", 2).containsEntry("units", 5).containsEntry("share", "0.2");
        assertThatNoException().isThrownBy(() -> rule.check("Đảng bộ Khối", Rating.NOT_COMPLETE, facts(0, 5, 2)));
    }

    @Test
    void exactlyTwentyPercent_isNotOverTheShare_butStillBarsExcellent() {
        assertThatNoException().isThrownBy(() -> rule.check("Đảng bộ Khối", Rating.GOOD, facts(0, 5, 1)));
        assertThat(refusal(() -> rule.check("Đảng bộ Khối", Rating.EXCELLENT, facts(0, 5, 1))).rule())
                .isEqualTo("DISCIPLINED_SUBORDINATE");
    }

    @Test
    void aDisciplinedMember_barsExcellentOnly() {
        RuleViolation v = refusal(() -> rule.check("Chi bộ Văn phòng", Rating.EXCELLENT, facts(1, 0, 0)));
        assertThat(v.rule()).isEqualTo("DISCIPLINED_SUBORDINATE");
        assertThat(v.args()).containsEntry("count", 1).containsEntry("blockingReviewId", "rv-x");
        assertThatNoException().isThrownBy(() -> rule.check("Chi bộ Văn phòng", Rating.GOOD, facts(1, 0, 0)));
    }

    @Test
    void nothingDisciplined_allowsExcellent() {
        assertThatNoException().isThrownBy(() -> rule.check("Chi bộ Văn phòng", Rating.EXCELLENT, facts(0, 3, 0)));
    }
}
