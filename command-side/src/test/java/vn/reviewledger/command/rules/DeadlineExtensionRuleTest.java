package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;

/** DESIGN.md "Deadlines": an extension is for a stage not reached, to a later date, with a reason. */
class DeadlineExtensionRuleTest {

    private final DeadlineExtensionRule rule = new DeadlineExtensionRule();

    @Test
    void aLaterDateForAStageNotReached_isAccepted() {
        assertThatNoException().isThrownBy(() -> rule.check(Stage.MEETING_HELD, LocalDate.of(2024, 12, 20),
                Stage.OPINIONS_COLLECTED, LocalDate.of(2024, 12, 10)));
    }

    @Test
    void anEarlierOrSameDate_isRefused() {
        RuleViolation v = refusal(() -> rule.check(Stage.MEETING_HELD, LocalDate.of(2024, 12, 10),
                Stage.OPINIONS_COLLECTED, LocalDate.of(2024, 12, 10)));
        assertThat(v.rule()).isEqualTo("EXTENSION_NOT_LATER");
    }

    @Test
    void aStageAlreadyReached_orNotPlanned_isRefused() {
        assertThat(refusal(() -> rule.check(Stage.MEETING_HELD, LocalDate.of(2024, 12, 20), Stage.VOTED, null))
                .rule()).isEqualTo("STAGE_ALREADY_REACHED");
        assertThat(refusal(() -> rule.check(Stage.CLOSED, LocalDate.of(2024, 12, 20), Stage.OPENED, null))
                .rule()).isEqualTo("STAGE_NOT_PLANNED");
    }
}
