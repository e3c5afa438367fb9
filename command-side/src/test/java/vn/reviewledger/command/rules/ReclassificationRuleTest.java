package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;

/**
 * Quy định 124-QĐ/TW Art. 13 and §4.5, Quy định 366-QĐ/TW Art. 15 §3: the competent level re-rates a
 * decided review at any time — after close too — and a re-rating must change something.
 */
class ReclassificationRuleTest {

    private final ReclassificationRule rule = new ReclassificationRule();
    private static final Actor OFFICE = new Actor("vp", "OFFICE", Set.of("tinh"), false);
    private static final Actor SECRETARY = new Actor("bt", "SECRETARY", Set.of("cb"), false);

    @Test
    void theOffice_reRatesAClosedReview() {
        assertThatNoException().isThrownBy(() -> rule.check(OFFICE, Stage.CLOSED, Rating.GOOD, Rating.COMPLETE, null, null));
        assertThatNoException().isThrownBy(() -> rule.check(OFFICE, Stage.ANNOUNCED, Rating.GOOD, Rating.COMPLETE, null, null));
    }

    @Test
    void aSecretary_isNotTheCompetentLevel() {
        RuleViolation v = refusal(() -> rule.check(SECRETARY, Stage.DECIDED, Rating.GOOD, Rating.COMPLETE, null, null));
        assertThat(v.rule()).isEqualTo("RECLASSIFY_COMPETENT_LEVEL");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN);
    }

    @Test
    void beforeTheDecision_orWhenExempted_thereIsNothingToReRate() {
        assertThat(refusal(() -> rule.check(OFFICE, Stage.PROPOSED, null, Rating.GOOD, null, null)).rule())
                .isEqualTo("STAGE_ORDER");
        assertThat(refusal(() -> rule.check(OFFICE, Stage.EXEMPTED, null, Rating.GOOD, null, null)).rule())
                .isEqualTo("STAGE_ORDER");
    }

    @Test
    void theSameRatingAndScore_isNoReRating_aNewScoreIs() {
        assertThat(refusal(() -> rule.check(OFFICE, Stage.DECIDED, Rating.GOOD, Rating.GOOD, 80, 80)).rule())
                .isEqualTo("RECLASSIFY_SAME");
        assertThat(refusal(() -> rule.check(OFFICE, Stage.DECIDED, Rating.GOOD, Rating.GOOD, null, null)).rule())
                .isEqualTo("RECLASSIFY_SAME");
        assertThatNoException().isThrownBy(() -> rule.check(OFFICE, Stage.DECIDED, Rating.GOOD, Rating.GOOD, 80, 75));
    }
}
