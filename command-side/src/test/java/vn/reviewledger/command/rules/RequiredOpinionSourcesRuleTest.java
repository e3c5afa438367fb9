package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;
import static vn.reviewledger.kernel.common.OpinionSource.LEADERSHIP_COLLECTIVE;
import static vn.reviewledger.kernel.common.OpinionSource.OTHER;
import static vn.reviewledger.kernel.common.OpinionSource.RELATED_BODY;
import static vn.reviewledger.kernel.common.OpinionSource.RESIDENCE_CELL;
import static vn.reviewledger.kernel.common.OpinionSource.SUPERIOR;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Hướng dẫn 25-HD/BTCTW, Part III (1): opinions from the residence cell (members), the leadership
 * collective and the superior (cadres), the superior (collectives) before collection closes.
 */
class RequiredOpinionSourcesRuleTest {

    private final RequiredOpinionSourcesRule rule = new RequiredOpinionSourcesRule(RuleParameters.reg124Defaults());

    @Test
    void opinions_aPartyMemberNeedsTheResidenceCell() {
        assertThat(rule.required(SubjectKind.PARTY_MEMBER)).containsExactly(RESIDENCE_CELL);
        assertThatNoException().isThrownBy(() -> rule.check(SubjectKind.PARTY_MEMBER, EnumSet.of(RESIDENCE_CELL)));
    }

    @Test
    void opinions_aPartyMemberWithoutTheResidenceCell_isRefusedNamingWhatIsMissing() {
        RuleViolation v = refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, EnumSet.of(OTHER)));

        assertThat(v.rule()).isEqualTo("OPINION_SOURCES_MISSING");
        assertThat(v.args()).containsEntry("missing", EnumSet.of(RESIDENCE_CELL))
                .containsEntry("required", EnumSet.of(RESIDENCE_CELL));
    }
    /** DESIGN.md stage 2: the residence committee's comment for every individual; a cadre's leadership collective too. */

    @Test
    void opinions_aLeadershipCadreNeedsTheResidenceCommentAndTheLeadershipCollective() {
        assertThatNoException().isThrownBy(
                () -> rule.check(SubjectKind.LEADERSHIP_CADRE, EnumSet.of(RESIDENCE_CELL, LEADERSHIP_COLLECTIVE, RELATED_BODY)));

        RuleViolation v = refusal(() -> rule.check(SubjectKind.LEADERSHIP_CADRE, EnumSet.of(LEADERSHIP_COLLECTIVE)));
        assertThat(v.args()).containsEntry("missing", EnumSet.of(RESIDENCE_CELL))
                .containsEntry("required", EnumSet.of(RESIDENCE_CELL, LEADERSHIP_COLLECTIVE));
    }

    /** Quy định 366-QĐ/TW Art. 17 §2: a member outside the political system belongs to the residence cell itself. */
    @Test
    void opinions_aMemberOutsideThePoliticalSystem_needsNoSeparateResidenceComment() {
        assertThatNoException().isThrownBy(() -> rule.check(SubjectKind.PARTY_MEMBER, true, Set.of()));
        assertThat(refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, Set.of())).rule())
                .isEqualTo("OPINION_SOURCES_MISSING");
    }

    @Test
    void opinions_aCollectiveNeedsTheSuperior() {
        assertThatNoException().isThrownBy(() -> rule.check(SubjectKind.PARTY_ORGANIZATION, EnumSet.of(SUPERIOR)));
        assertThat(refusal(() -> rule.check(SubjectKind.LEADERSHIP_COLLECTIVE, Set.of())).args())
                .containsEntry("missing", EnumSet.of(SUPERIOR));
    }

    @Test
    void opinions_whenTheRuleSetRequiresNoSourceForAKind_collectionMayCloseWithNone() {
        RuleParameters d = RuleParameters.reg124Defaults();
        Map<SubjectKind, Set<OpinionSource>> onlyCadres = Map.of(SubjectKind.LEADERSHIP_CADRE, EnumSet.of(SUPERIOR));
        RuleParameters relaxed = new RuleParameters(d.quorumShare(), d.voteMajorityShare(), d.excellentShareOfGood(),
                d.minMonthsWorkedForRating(), d.sickLeaveMonthsForCap(), d.draftCirculationWorkingDays(),
                d.admissionMonthsForReview(), onlyCadres, d.excellentScore(), d.goodScore(), d.completeScore(),
                d.unitBeforeHead(), d.lowerLevelBeforeUpper());
        RequiredOpinionSourcesRule relaxedRule = new RequiredOpinionSourcesRule(relaxed);

        assertThatNoException().isThrownBy(() -> relaxedRule.check(SubjectKind.PARTY_MEMBER, Set.of()));
        assertThat(refusal(() -> relaxedRule.check(SubjectKind.LEADERSHIP_CADRE, Set.of())).rule())
                .isEqualTo("OPINION_SOURCES_MISSING");
    }
}
