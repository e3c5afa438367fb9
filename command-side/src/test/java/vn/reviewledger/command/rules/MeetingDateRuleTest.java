package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;

/** Hướng dẫn 25-HD/BTCTW Part III; Quy định 366-QĐ/TW Art. 12 step 1: the meeting reviews a submitted self-review. */
class MeetingDateRuleTest {

    private final MeetingDateRule rule = new MeetingDateRule();

    @Test
    void aMeetingBeforeTheSelfReview_isRefused() {
        RuleViolation v = refusal(() -> rule.check(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 3)));
        assertThat(v.rule()).isEqualTo("MEETING_BEFORE_SELF_REVIEW");
        assertThat(v.args()).containsEntry("submittedOn", LocalDate.of(2024, 12, 3));
    }

    @Test
    void aMeetingOnOrAfterTheSelfReview_isAccepted() {
        assertThatNoException().isThrownBy(() -> rule.check(LocalDate.of(2024, 12, 3), LocalDate.of(2024, 12, 3)));
        assertThatNoException().isThrownBy(() -> rule.check(LocalDate.of(2024, 12, 9), null));
    }
}
