package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.AuditKeys;

class ScopeRuleTest {

    /** A chi bộ under a đảng bộ cơ sở under the đảng bộ khối. */
    private static final List<String> PATH = List.of("dbk", "dbcs-1", "cb-vp");

    private static Actor actor(String role, String units) {
        return Actor.from(Map.of(AuditKeys.ACTOR_ID, "u", AuditKeys.ACTOR_ROLE, role, AuditKeys.ACTOR_UNIT, units));
    }

    @Test
    void anAdministratorActsEverywhere() {
        assertThatCode(() -> ScopeRule.requireUnit(actor("ADMIN", ""), PATH)).doesNotThrowAnyException();
    }

    @Test
    void anOfficeActsOnTheWholeSubtreeBelowItsUnit() {
        assertThatCode(() -> ScopeRule.requireUnit(actor("OFFICE", "dbk"), PATH)).doesNotThrowAnyException();
        assertThatCode(() -> ScopeRule.requireUnit(actor("OFFICE", "dbcs-1"), PATH)).doesNotThrowAnyException();
    }

    @Test
    void aSecretaryActsOnTheirUnitAndBelowButNotOnASiblingOrAParent() {
        assertThatCode(() -> ScopeRule.requireUnit(actor("SECRETARY", "cb-vp"), PATH)).doesNotThrowAnyException();
        assertThatCode(() -> ScopeRule.requireUnit(actor("SECRETARY", "cb-x,cb-vp"), PATH)).doesNotThrowAnyException();
        RuleViolation sibling = refusal(() -> ScopeRule.requireUnit(actor("SECRETARY", "cb-tc"), PATH));
        assertThat(sibling.rule()).isEqualTo("SCOPE");
        assertThat(sibling.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
        // The refusal names the actor's own units, not where the review sits.
        assertThat(sibling.message(RuleMessages.VIETNAMESE)).contains("cb-tc").doesNotContain("cb-vp");
        assertThat(refusal(() -> ScopeRule.requireUnit(actor("SECRETARY", "cb-tc"),
                List.of("dbk", "dbcs-1"))).rule()).isEqualTo("SCOPE");
    }

    @Test
    void anOfficeOfAnotherSubtreeIsRefused() {
        assertThat(refusal(() -> ScopeRule.requireUnit(actor("OFFICE", "dbcs-2"), PATH)).rule()).isEqualTo("SCOPE");
    }

    @Test
    void anAuditorNeverCommandsEvenWithUnits() {
        assertThat(refusal(() -> ScopeRule.requireUnit(actor("AUDITOR", "dbk"), PATH)).kind())
                .isEqualTo(RuleViolation.Kind.FORBIDDEN);
    }

    @Test
    void nobodySignedInIsRefusedButTheSystemActs() {
        assertThat(refusal(() -> ScopeRule.requireUnit(actor("", ""), PATH)).rule()).isEqualTo("SCOPE");
        Actor system = Actor.from(Map.of(AuditKeys.ACTOR_ID, AuditKeys.SYSTEM_ACTOR,
                AuditKeys.ACTOR_ROLE, AuditKeys.SYSTEM_ROLE));
        assertThat(system.internal()).isTrue();
        assertThatCode(() -> ScopeRule.requireUnit(system, PATH)).doesNotThrowAnyException();
    }

    @Test
    void anUnknownPathIsOutOfEveryScopedUsersReach() {
        assertThat(refusal(() -> ScopeRule.requireUnit(actor("OFFICE", "dbk"), List.of())).rule()).isEqualTo("SCOPE");
    }

    @Test
    void aCycleIsOpenedByAnAdministratorOrTheOfficeOfItsRoot() {
        assertThatCode(() -> ScopeRule.requireCycleRoot(actor("ADMIN", ""), List.of("tinh"))).doesNotThrowAnyException();
        assertThatCode(() -> ScopeRule.requireCycleRoot(actor("OFFICE", "tinh"), List.of("tinh")))
                .doesNotThrowAnyException();
        assertThat(refusal(() -> ScopeRule.requireCycleRoot(actor("OFFICE", "dbk"), List.of("tinh"))).rule())
                .isEqualTo("SCOPE");
        assertThat(refusal(() -> ScopeRule.requireCycleRoot(actor("SECRETARY", "tinh"), List.of("tinh"))).rule())
                .isEqualTo("SCOPE");
    }
}
