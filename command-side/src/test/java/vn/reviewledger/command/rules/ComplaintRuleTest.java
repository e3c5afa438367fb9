package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Stage;

/**
 * Complaints: Regulation 124 Art. 13 takes them against a decided rating; Regulation 366 Art. 12
 * step 3 takes them from opening and verifies them before the final decision.
 */
class ComplaintRuleTest {

    private final ComplaintRule reg124 = new ComplaintRule(false);
    private final ComplaintRule reg366 = new ComplaintRule(true);

    @Test
    void underRegulation124_aComplaintWaitsForTheDecision() {
        assertThat(refusal(() -> reg124.checkLodging(Stage.VOTED)).rule()).isEqualTo("STAGE_ORDER");
        assertThatNoException().isThrownBy(() -> reg124.checkLodging(Stage.DECIDED));
        assertThatNoException().isThrownBy(() -> reg124.checkDecision(List.of("k-1")));
    }

    @Test
    void underRegulation366_aComplaintIsTakenFromOpening_andAnOpenOneBlocksTheDecision() {
        assertThatNoException().isThrownBy(() -> reg366.checkLodging(Stage.OPENED));
        RuleViolation v = refusal(() -> reg366.checkDecision(List.of("k-1")));
        assertThat(v.rule()).isEqualTo("COMPLAINT_OPEN");
        assertThat(v.args()).containsEntry("complaints", List.of("k-1"));
        assertThatNoException().isThrownBy(() -> reg366.checkDecision(List.of()));
    }

    @Test
    void noComplaintOnAClosedOrExemptedReview() {
        assertThat(refusal(() -> reg366.checkLodging(Stage.CLOSED)).rule()).isEqualTo("REVIEW_FINISHED");
        assertThat(refusal(() -> reg124.checkLodging(Stage.EXEMPTED)).rule()).isEqualTo("REVIEW_FINISHED");
    }

    @Test
    void aComplaintIsResolvedOnce_andAnUnknownOneIsNotFound() {
        assertThatNoException().isThrownBy(() -> reg124.checkResolution("k-1", true));
        assertThat(refusal(() -> reg124.checkResolution("k-1", false)).rule()).isEqualTo("COMPLAINT_ALREADY_RESOLVED");
        RuleViolation unknown = refusal(() -> reg124.checkResolution("k-9", null));
        assertThat(unknown.rule()).isEqualTo("COMPLAINT_UNKNOWN");
        assertThat(unknown.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    @Test
    void aReviewClosesOnlyWithEveryComplaintResolved() {
        assertThat(refusal(() -> reg124.checkClosing(List.of("k-1"))).rule()).isEqualTo("COMPLAINTS_OPEN");
        assertThatNoException().isThrownBy(() -> reg124.checkClosing(List.of()));
    }
}
