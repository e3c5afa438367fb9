package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;

/** Quy định 124-QĐ/TW Art. 2 (3), Quy định 366-QĐ/TW Art. 5 §2.1: who is recorded as not reviewed, and when. */
class ExemptionRuleTest {

    private final ExemptionRule rule = new ExemptionRule();

    @Test
    void aCollectiveEstablishedUnderSixMonths_isExempted_anIndividualCannotBe() {
        assertThatNoException().isThrownBy(() -> rule.check(SubjectKind.PARTY_ORGANIZATION,
                ExemptionReason.ESTABLISHED_UNDER_6_MONTHS, Stage.OPENED));
        RuleViolation v = refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, ExemptionReason.ESTABLISHED_UNDER_6_MONTHS,
                Stage.OPENED));
        assertThat(v.rule()).isEqualTo("EXEMPTION_REASON_KIND");
        assertThat(v.field()).isEqualTo("reason");
    }

    @Test
    void aCollectiveCannotBeSuspended() {
        assertThat(refusal(() -> rule.check(SubjectKind.LEADERSHIP_COLLECTIVE, ExemptionReason.SUSPENDED,
                Stage.OPENED)).rule()).isEqualTo("EXEMPTION_REASON_KIND");
    }

    @Test
    void onceExempted_orOnceDecided_noMore() {
        assertThat(refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, ExemptionReason.SUSPENDED, Stage.EXEMPTED))
                .rule()).isEqualTo("ALREADY_EXEMPTED");
        assertThat(refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, ExemptionReason.SUSPENDED, Stage.DECIDED))
                .rule()).isEqualTo("STAGE_ORDER");
        assertThatNoException().isThrownBy(() -> rule.check(SubjectKind.PARTY_MEMBER, ExemptionReason.SUSPENDED,
                Stage.PROPOSED));
    }
}
