package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;

/** DESIGN.md stage 4 (Điều lệ Đảng: more than half of the official members): the vote counts against the meeting's eligible and present. */
class VoteMeetingRuleTest {

    private final VoteMeetingRule rule = new VoteMeetingRule();

    @Test
    void numbersOtherThanTheMeetings_areRefused() {
        RuleViolation v = refusal(() -> rule.check(6, 6, 12, 11));
        assertThat(v.rule()).isEqualTo("VOTE_MEETING_MISMATCH");
        assertThat(v.args()).containsEntry("meetingEligible", 12).containsEntry("meetingPresent", 11);
        assertThat(refusal(() -> rule.check(null, 10, 12, 11)).rule()).isEqualTo("VOTE_MEETING_MISMATCH");
    }

    @Test
    void theMeetingsNumbers_orNone_areAccepted() {
        assertThatNoException().isThrownBy(() -> rule.check(12, 11, 12, 11));
        assertThatNoException().isThrownBy(() -> rule.check(null, null, 12, 11));
    }
}
