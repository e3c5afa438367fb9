package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/**
 * Each regulation is its own composition of rule classes with its own defaults (DESIGN.md "Rule
 * sets"): Regulation 124 (2023–2024) and Regulation 366 (2025 on) share the procedure's skeleton
 * and differ in forms, scores, leave, discipline and the rules across reviews.
 */
class RuleSetTest {

    private static RatingContext member(int year, Integer score, String reason, DisciplineRecorded... disciplines) {
        return new RatingContext(SubjectKind.PARTY_MEMBER, year, List.of(disciplines), List.of(), false, null, score,
                reason, 0);
    }

    @Test
    void regulation124_capsByDisciplineLeaveAndCivilService_withoutScores() {
        RuleSet reg124 = RuleSet.of(RuleSetId.REG_124, RuleParameters.reg124Defaults());

        assertThat(reg124.usesScores()).isFalse();
        assertThat(reg124.ratingRules()).map(Object::getClass).map(Class::getSimpleName)
                .containsExactly("DisciplineCapRule", "LeaveCapRule", "CivilServantRule");
        assertThat(reg124.leave).isNotNull();
        assertThat(reg124.earlierYearFault).isNotNull();
        assertThat(reg124.organizationAfterMembers).isNull();
        assertThat(reg124.collectiveDiscipline).isInstanceOf(CollectiveDisciplineRule.class);
        assertThat(reg124.selfReviewForm.requiredForm(SubjectKind.PARTY_MEMBER, false, false).code()).isEqualTo("02A");
    }

    @Test
    void regulation366_isItsOwnComposition_scoresNoLeaveRuleLeadershipDiscipline() {
        RuleSet reg366 = RuleSet.of(RuleSetId.REG_366, null);

        assertThat(reg366.usesScores()).isTrue();
        assertThat(reg366.parameters()).isEqualTo(RuleParameters.reg366Defaults());
        assertThat(reg366.ratingRules()).map(Object::getClass).map(Class::getSimpleName)
                .containsExactly("ScoreBandRule", "DutyDisciplineRule", "ExcellentConditionsRule", "CivilServantRule");
        assertThat(reg366.leave).as("reviewed ⇒ rated: no leave rule").isNull();
        assertThat(reg366.earlierYearFault).as("an earlier-year fault is rated now").isNull();
        assertThat(reg366.organizationAfterMembers).isNotNull();
        assertThat(reg366.collectiveDiscipline).isInstanceOf(LeadershipDisciplineRule.class);
        assertThat(reg366.selfReviewForm.requiredForm(SubjectKind.PARTY_MEMBER, false, false).code()).isEqualTo("2B");
        assertThat(reg366.scoreBand.highestFor(89)).isEqualTo(Rating.GOOD);
    }

    @Test
    void theDefaultsDiffer_where366ChangedTheRules() {
        RuleParameters reg124 = RuleParameters.reg124Defaults();
        RuleParameters reg366 = RuleParameters.reg366Defaults();

        assertThat(reg124).isNotEqualTo(reg366);
        assertThat(reg124.exceptionalExcellentShare()).isNull();
        assertThat(reg366.exceptionalExcellentShare()).isEqualByComparingTo("0.25");
        assertThat(reg124.sickLeaveCap()).isEqualTo(Rating.COMPLETE);
        assertThat(reg366.sickLeaveCap()).isNull();
        assertThat(reg124.complaintsFromOpening()).isFalse();
        assertThat(reg366.complaintsFromOpening()).isTrue();
    }

    @Test
    void parametersPinnedBeforeTheNewFiguresExisted_takeTheirRegulationsDefaults() {
        RuleParameters d = RuleParameters.reg124Defaults();
        RuleParameters pinnedIn2023 = new RuleParameters(d.quorumShare(), d.voteMajorityShare(), d.excellentShareOfGood(),
                6, 3, 3, 6, null, 90, 70, 50, true, true);

        RuleSet rules = RuleSet.of(RuleSetId.REG_124, pinnedIn2023);

        assertThat(rules.parameters().sickLeaveCap()).isEqualTo(Rating.COMPLETE);
        assertThat(rules.parameters().maxExcellentShare()).isEqualByComparingTo(new BigDecimal("0.2"));
        assertThat(rules.parameters().organizationAfterMembers()).isFalse();
    }

    @Test
    void regulation124_needsNoScoreToRate_366Does() {
        assertThatNoException().isThrownBy(() -> RuleSet.of(RuleSetId.REG_124, null)
                .checkRating(member(2024, null, null), Rating.EXCELLENT));
        assertThat(refusal(() -> RuleSet.of(RuleSetId.REG_366, null).checkRating(member(2025, null, null),
                Rating.EXCELLENT)).rule()).isEqualTo("SCORE_REQUIRED");
    }

    /** Quy định 366-QĐ/TW Art. 11 §1.5: a rating below its band (for the quota) carries the reason. */
    @Test
    void regulation366_aRatingBelowTheBand_needsAReason() {
        RuleSet reg366 = RuleSet.of(RuleSetId.REG_366, null);

        RuleViolation v = refusal(() -> reg366.checkRating(member(2025, 92, null), Rating.GOOD));
        assertThat(v.rule()).isEqualTo("BELOW_BAND_REASON_REQUIRED");
        assertThat(v.args()).containsEntry("score", 92).containsEntry("band", Rating.EXCELLENT)
                .containsEntry("rating", Rating.GOOD);
        assertThatNoException().isThrownBy(() -> reg366.checkRating(member(2025, 92, "Giữ tỷ lệ 20%"), Rating.GOOD));
        assertThatNoException().isThrownBy(() -> reg366.checkRating(member(2025, 92, null), Rating.EXCELLENT));
    }

    @Test
    void regulation366_aListedNotCompleteCase_overridesTheScoreWithoutAReason() {
        RuleSet reg366 = RuleSet.of(RuleSetId.REG_366, null);
        DisciplineRecorded reprimand = new DisciplineRecorded("r", LocalDate.of(2025, 6, 1), DisciplineForm.KHIEN_TRACH,
                false, false);

        assertThatNoException().isThrownBy(() -> reg366.checkRating(member(2025, 88, null, reprimand), Rating.NOT_COMPLETE));
        assertThat(refusal(() -> reg366.checkRating(member(2025, 88, null, reprimand), Rating.GOOD)).rule())
                .isEqualTo("DISCIPLINE_CAP");
    }

    @Test
    void aProposalPassesTheSameCapsAsADecision_evenWhenItMatchesTheVote() {
        RuleSet reg124 = RuleSet.of(RuleSetId.REG_124, null);
        DisciplineRecorded warning = new DisciplineRecorded("r-1", LocalDate.of(2024, 4, 1), DisciplineForm.CANH_CAO,
                false, false);

        assertThat(refusal(() -> reg124.checkProposal(member(2024, null, null, warning), Rating.GOOD, Rating.GOOD)).rule())
                .isEqualTo("DISCIPLINE_CAP");
        assertThatNoException().isThrownBy(() -> reg124.checkProposal(
                member(2024, null, "Bị kỷ luật cảnh cáo trong năm", warning), Rating.NOT_COMPLETE, Rating.GOOD));
    }
}
