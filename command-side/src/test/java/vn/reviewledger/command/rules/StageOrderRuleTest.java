package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.reviewledger.kernel.common.Stage;

/** The procedure runs in order; a step out of turn is refused, naming where the review stands. */
class StageOrderRuleTest {

    private final StageOrderRule order = new StageOrderRule();

    @Test
    void stageOrder_aStepIsAcceptedAtTheStageItFollows() {
        assertThatNoException().isThrownBy(() -> order.require(Stage.MEETING_HELD, Stage.MEETING_HELD));
        assertThatNoException().isThrownBy(
                () -> order.require(Stage.SELF_REVIEW_SUBMITTED, Stage.OPENED, Stage.SELF_REVIEW_SUBMITTED));
    }

    @Test
    void stageOrder_aStepOutOfTurnIsRefusedNamingTheCurrentAndExpectedStages() {
        RuleViolation v = refusal(() -> order.require(Stage.OPENED, Stage.OPINIONS_COLLECTED));

        assertThat(v.rule()).isEqualTo("STAGE_ORDER");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(v.args()).containsEntry("current", Stage.OPENED)
                .containsEntry("expected", List.of(Stage.OPINIONS_COLLECTED));
    }

    @Test
    void stageOrder_aStepAlreadyTakenCannotBeTakenAgain() {
        assertThat(refusal(() -> order.require(Stage.SELF_REVIEW_SUBMITTED, Stage.OPENED)).rule()).isEqualTo("STAGE_ORDER");
    }

    @ParameterizedTest(name = "after-decision steps are allowed at {0}")
    @EnumSource(value = Stage.class, names = {"DECIDED", "ANNOUNCED"})
    void stageOrder_afterDecisionStepsNeedADecision_accepted(Stage stage) {
        assertThatNoException().isThrownBy(() -> order.requireDecided(stage));
    }

    @ParameterizedTest(name = "after-decision steps are refused at {0}")
    @EnumSource(value = Stage.class, names = {"OPENED", "VOTED", "PROPOSED", "EXEMPTED"})
    void stageOrder_afterDecisionStepsNeedADecision_refused(Stage stage) {
        RuleViolation v = refusal(() -> order.requireDecided(stage));

        assertThat(v.rule()).isEqualTo("STAGE_ORDER");
        assertThat(v.args()).containsEntry("current", stage)
                .containsEntry("expected", List.of(Stage.DECIDED, Stage.ANNOUNCED));
    }

    @ParameterizedTest(name = "nothing more is recorded once {0}")
    @EnumSource(value = Stage.class, names = {"CLOSED", "EXEMPTED"})
    void stageOrder_aClosedOrExemptedReviewTakesNoMoreFacts(Stage stage) {
        RuleViolation v = refusal(() -> order.requireOpen(stage));

        assertThat(v.rule()).isEqualTo("REVIEW_FINISHED");
        assertThat(v.args()).containsEntry("current", stage);
    }

    @ParameterizedTest(name = "facts are still recorded at {0}")
    @EnumSource(value = Stage.class, names = {"OPENED", "MEETING_HELD", "DECIDED", "ANNOUNCED"})
    void stageOrder_anOpenReviewStillTakesFacts(Stage stage) {
        assertThatNoException().isThrownBy(() -> order.requireOpen(stage));
    }
}
