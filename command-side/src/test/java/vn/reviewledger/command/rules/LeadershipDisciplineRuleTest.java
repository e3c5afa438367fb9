package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Quy định 366-QĐ/TW Art. 11: a leadership collective with a member disciplined in the year ⇒ Not
 * complete (§4); a collective is Excellent only with no subordinate unit and no leadership member
 * disciplined (§1); an ordinary member's discipline does not bear on the collective.
 */
class LeadershipDisciplineRuleTest {

    private final LeadershipDisciplineRule rule = new LeadershipDisciplineRule();

    private static CollectiveFacts facts(SubjectKind kind, int members, int leaders, int units) {
        return new CollectiveFacts(kind, members, leaders, 4, units, "rv-x");
    }

    @ParameterizedTest(name = "{0} is refused")
    @EnumSource(value = Rating.class, names = {"EXCELLENT", "GOOD", "COMPLETE"})
    void aLeadershipCollectiveWithADisciplinedMember_isNotComplete(Rating rating) {
        RuleViolation v = refusal(() -> rule.check("Ban Thường vụ Đảng ủy", rating,
                facts(SubjectKind.LEADERSHIP_COLLECTIVE, 1, 1, 0)));

        assertThat(v.rule()).isEqualTo("LEADERSHIP_MEMBER_DISCIPLINED");
        assertThat(v.args()).containsEntry("count", 1).containsEntry("cap", Rating.NOT_COMPLETE);
        assertThatNoException().isThrownBy(() -> rule.check("Ban Thường vụ Đảng ủy", Rating.NOT_COMPLETE,
                facts(SubjectKind.LEADERSHIP_COLLECTIVE, 1, 1, 0)));
    }

    @Test
    void anOrganizationWithADisciplinedLeaderOrUnit_isNotExcellent_butMayBeGood() {
        assertThat(refusal(() -> rule.check("Đảng bộ", Rating.EXCELLENT, facts(SubjectKind.PARTY_ORGANIZATION, 1, 1, 0)))
                .rule()).isEqualTo("DISCIPLINED_SUBORDINATE");
        assertThat(refusal(() -> rule.check("Đảng bộ", Rating.EXCELLENT, facts(SubjectKind.PARTY_ORGANIZATION, 0, 0, 1)))
                .rule()).isEqualTo("DISCIPLINED_SUBORDINATE");
        assertThatNoException().isThrownBy(() -> rule.check("Đảng bộ", Rating.GOOD,
                facts(SubjectKind.PARTY_ORGANIZATION, 1, 1, 1)));
    }

    @Test
    void anOrdinaryMembersDiscipline_doesNotBarTheCollectivesExcellent() {
        assertThatNoException().isThrownBy(() -> rule.check("Chi bộ", Rating.EXCELLENT,
                facts(SubjectKind.PARTY_ORGANIZATION, 3, 0, 0)));
    }
}
