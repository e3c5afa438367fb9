package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Test;

/** Hướng dẫn 43-HD/BTCTW §3: an organization is rated after all its party members. */
class OrganizationAfterMembersRuleTest {

    private final OrganizationAfterMembersRule rule = new OrganizationAfterMembersRule();

    @Test
    void membersStillUndecided_holdTheOrganization() {
        RuleViolation v = refusal(() -> rule.check("Chi bộ Văn phòng", 2));

        assertThat(v.rule()).isEqualTo("ORGANIZATION_AFTER_MEMBERS");
        assertThat(v.args()).containsEntry("organization", "Chi bộ Văn phòng").containsEntry("undecided", 2);
    }

    @Test
    void everyMemberDecided_letsTheOrganizationBeDecided() {
        assertThatNoException().isThrownBy(() -> rule.check("Chi bộ Văn phòng", 0));
    }
}
