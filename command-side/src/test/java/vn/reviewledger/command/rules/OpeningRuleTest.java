package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Test;

/** DESIGN.md "Aggregates": one review per subject, cycle and place, at a unit and in a group the cycle has. */
class OpeningRuleTest {

    private final OpeningRule rule = new OpeningRule();

    @Test
    void aKnownUnitAndGroup_orNoGroup_areAccepted() {
        assertThatNoException().isThrownBy(() -> rule.checkPlace(true, "cb-1", true, "g-1"));
        assertThatNoException().isThrownBy(() -> rule.checkPlace(true, "cb-1", false, null));
    }

    @Test
    void anUnknownUnitOrGroup_isBadInputNamingTheField() {
        assertThat(refusal(() -> rule.checkPlace(false, "cb-x", true, null)).field()).isEqualTo("unitId");
        assertThat(refusal(() -> rule.checkPlace(true, "cb-1", false, "g-x")).field()).isEqualTo("quotaGroupId");
    }

    @Test
    void aSecondOpening_isRefusedNamingTheSubject() {
        assertThatNoException().isThrownBy(() -> rule.checkNotOpened(false, "r-1", "Nguyễn Văn An", "cb-1"));
        RuleViolation v = refusal(() -> rule.checkNotOpened(true, "r-1", "Nguyễn Văn An", "cb-1"));
        assertThat(v.rule()).isEqualTo("DUPLICATE_REVIEW");
        assertThat(v.args()).containsEntry("subject", "Nguyễn Văn An");
    }
}
