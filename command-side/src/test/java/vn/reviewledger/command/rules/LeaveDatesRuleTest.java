package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;

/** A leave is a range of days the leave rules count (Guid. 43 §7.5, Decree 90/2020): its end is not before its start. */
class LeaveDatesRuleTest {

    private final LeaveDatesRule rule = new LeaveDatesRule();

    @Test
    void aLeaveEndingBeforeItStarts_isBadInputNamingEndedOn() {
        RuleViolation v = refusal(() -> rule.check(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1)));
        assertThat(v.rule()).isEqualTo("LEAVE_DATES");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(v.field()).isEqualTo("endedOn");
    }

    @Test
    void aOneDayLeave_isAccepted() {
        assertThatNoException().isThrownBy(() -> rule.check(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)));
    }
}
