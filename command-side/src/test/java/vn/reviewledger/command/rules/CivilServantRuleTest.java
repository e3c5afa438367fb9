package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Hướng dẫn 25-HD/BTCTW, Part I (2.4): a party member who is a civil servant has the State rating
 * recorded first, and is Excellent in the party only if Excellent there.
 */
class CivilServantRuleTest {

    private final CivilServantRule rule = new CivilServantRule();

    private static RatingContext review(SubjectKind kind, boolean civilServant, Rating stateRating) {
        return new RatingContext(kind, 2024, List.of(), List.of(), civilServant, stateRating, null);
    }

    @ParameterizedTest(name = "{0} is refused while the State rating is missing")
    @EnumSource(Rating.class)
    void civilServant_withoutTheStateRating_cannotBeRatedAtAll(Rating rating) {
        RuleViolation v = refusal(() -> rule.check(review(SubjectKind.PARTY_MEMBER, true, null), rating));

        assertThat(v.rule()).isEqualTo("CIVIL_SERVANT_RATING_MISSING");
        assertThat(v.args()).containsEntry("rating", rating);
    }

    @Test
    void civilServant_excellentInTheParty_needsExcellentInTheState() {
        RuleViolation v = refusal(() -> rule.check(review(SubjectKind.PARTY_MEMBER, true, Rating.GOOD), Rating.EXCELLENT));

        assertThat(v.rule()).isEqualTo("CIVIL_SERVANT_EXCELLENT");
        assertThat(v.args()).containsEntry("stateRating", Rating.GOOD).containsEntry("rating", Rating.EXCELLENT);
    }

    @Test
    void civilServant_excellentInTheState_allowsExcellentInTheParty() {
        assertThatNoException().isThrownBy(
                () -> rule.check(review(SubjectKind.PARTY_MEMBER, true, Rating.EXCELLENT), Rating.EXCELLENT));
    }

    @Test
    void civilServant_goodInTheState_allowsGoodInTheParty() {
        assertThatNoException().isThrownBy(
                () -> rule.check(review(SubjectKind.PARTY_MEMBER, true, Rating.GOOD), Rating.GOOD));
    }

    @Test
    void civilServant_theRuleDoesNotCapBelowExcellent_aCompleteStateRatingStillAllowsGood() {
        // The guidance only ties Excellent to Excellent; lower levels are the party's own judgement.
        assertThatNoException().isThrownBy(
                () -> rule.check(review(SubjectKind.LEADERSHIP_CADRE, true, Rating.COMPLETE), Rating.GOOD));
    }

    @Test
    void civilServant_aMemberWhoIsNotACivilServant_isUnaffected() {
        assertThatNoException().isThrownBy(
                () -> rule.check(review(SubjectKind.PARTY_MEMBER, false, null), Rating.EXCELLENT));
    }

    @ParameterizedTest(name = "a {0} is unaffected")
    @EnumSource(value = SubjectKind.class, names = {"PARTY_ORGANIZATION", "LEADERSHIP_COLLECTIVE"})
    void civilServant_collectivesAreUnaffected(SubjectKind collective) {
        assertThatNoException().isThrownBy(() -> rule.check(review(collective, true, null), Rating.EXCELLENT));
    }

    /** Guid. 21/2019, Quy định 366-QĐ/TW Art. 3 (4): rated Not complete by the State ⇒ Not complete in the party. */
    @ParameterizedTest(name = "{0} is refused after a State Not complete")
    @EnumSource(value = Rating.class, names = {"EXCELLENT", "GOOD", "COMPLETE"})
    void civilServant_notCompleteInTheState_bindsTheParty(Rating rating) {
        RuleViolation v = refusal(() -> rule.check(review(SubjectKind.PARTY_MEMBER, true, Rating.NOT_COMPLETE), rating));

        assertThat(v.rule()).isIn("CIVIL_SERVANT_NOT_COMPLETE", "CIVIL_SERVANT_EXCELLENT");
        assertThat(v.args()).containsEntry("stateRating", Rating.NOT_COMPLETE);
        assertThatNoException().isThrownBy(
                () -> rule.check(review(SubjectKind.PARTY_MEMBER, true, Rating.NOT_COMPLETE), Rating.NOT_COMPLETE));
    }

    @Test
    void civilServant_theStateRatingIsRecordedOnlyForAnIndividualCivilServant_beforeTheDecision() {
        assertThatNoException().isThrownBy(() -> rule.checkRecording(SubjectKind.PARTY_MEMBER, true, "An",
                vn.reviewledger.kernel.common.Stage.PROPOSED));
        assertThat(refusal(() -> rule.checkRecording(SubjectKind.PARTY_MEMBER, false, "An",
                vn.reviewledger.kernel.common.Stage.PROPOSED)).rule()).isEqualTo("CIVIL_SERVANT_NOT_APPLICABLE");
        assertThat(refusal(() -> rule.checkRecording(SubjectKind.PARTY_ORGANIZATION, true, "Chi bộ",
                vn.reviewledger.kernel.common.Stage.OPENED)).rule()).isEqualTo("CIVIL_SERVANT_NOT_APPLICABLE");
        assertThat(refusal(() -> rule.checkRecording(SubjectKind.PARTY_MEMBER, true, "An",
                vn.reviewledger.kernel.common.Stage.DECIDED)).rule()).isEqualTo("STAGE_ORDER");
    }
}
