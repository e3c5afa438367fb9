package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/** The rule set lists the rules of one regulation; Regulation 366 adds the score band to the caps. */
class RuleSetTest {

    @Test
    void ruleSet_regulation124_capsByDisciplineLeaveAndCivilService() {
        RuleSet reg124 = RuleSet.of(RuleSetId.REG_124, RuleParameters.reg124Defaults());

        assertThat(reg124.scored()).isFalse();
        assertThat(reg124.ratingRules()).map(Object::getClass).map(Class::getSimpleName)
                .containsExactly("DisciplineCapRule", "LeaveCapRule", "CivilServantRule");
    }

    @Test
    void ruleSet_regulation366_alsoChecksTheScoreBand() {
        RuleSet reg366 = RuleSet.of(RuleSetId.REG_366, null);

        assertThat(reg366.scored()).isTrue();
        assertThat(reg366.parameters()).isEqualTo(RuleParameters.reg366Defaults());
        assertThat(reg366.ratingRules()).map(Object::getClass).map(Class::getSimpleName)
                .containsExactly("ScoreBandRule", "DisciplineCapRule", "LeaveCapRule", "CivilServantRule");
        assertThat(reg366.ratingForScore(89)).isEqualTo(Rating.GOOD);
    }

    @Test
    void ruleSet_regulation124_needsNoScoreToRate() {
        RuleSet reg124 = RuleSet.of(RuleSetId.REG_124, null);
        RatingContext unscored = new RatingContext(SubjectKind.PARTY_MEMBER, 2024, List.of(), List.of(), false, null, null);

        assertThatNoException().isThrownBy(() -> reg124.checkRating(unscored, Rating.EXCELLENT));
        assertThat(refusal(() -> RuleSet.of(RuleSetId.REG_366, null).checkRating(unscored, Rating.EXCELLENT)).rule())
                .isEqualTo("SCORE_REQUIRED");
    }

    @Test
    void ruleSet_aProposalPassesTheSameCapsAsADecision_evenWhenItMatchesTheVote() {
        RuleSet reg124 = RuleSet.of(RuleSetId.REG_124, null);
        RatingContext disciplined = new RatingContext(SubjectKind.PARTY_MEMBER, 2024,
                List.of(new DisciplineRecorded("r-1", LocalDate.of(2024, 4, 1), DisciplineForm.CANH_CAO, false, false)),
                List.of(), false, null, null);

        assertThat(refusal(() -> reg124.checkProposal(disciplined, Rating.GOOD, Rating.GOOD, null)).rule())
                .isEqualTo("DISCIPLINE_CAP");
        assertThatNoException().isThrownBy(
                () -> reg124.checkProposal(disciplined, Rating.NOT_COMPLETE, Rating.GOOD, "Bị kỷ luật cảnh cáo trong năm"));
    }
}
