package vn.reviewledger.kernel.common;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Every figure the regulation leaves to the deciding level. A cycle may override any of them when
 * it opens; the values are then pinned in its first event and copied into each review it opens.
 *
 * @param quorumShare               the meeting needs more than this share of eligible official members present
 * @param voteMajorityShare         a rating wins when its cumulative votes exceed this share of the eligible
 * @param excellentShareOfGood      default Excellent quota: at most this share of the Good count, per quota group
 * @param minMonthsWorkedForRating  fewer months actually worked in the year: reviewed but not rated
 * @param leaveMonthsBarringExcellent leave of at least this many months (and still rated): not Excellent
 * @param draftCirculationWorkingDays a collective's draft report goes out at least this many working days before the meeting
 * @param admissionMonthsForReview  members admitted fewer months than this before the cycle are not reviewed
 * @param requiredOpinionSources    sources that must have given an opinion before collection closes, per subject kind
 * @param excellentScore            REG_366: minimum score for Excellent
 * @param goodScore                 REG_366: minimum score for Good
 * @param completeScore             REG_366: minimum score for Complete
 * @param unitBeforeHead            a unit's collective rating is decided before its head's individual rating
 * @param lowerLevelBeforeUpper     lower-level collectives are decided before the upper level's
 */
public record RuleParameters(
        BigDecimal quorumShare,
        BigDecimal voteMajorityShare,
        BigDecimal excellentShareOfGood,
        int minMonthsWorkedForRating,
        int leaveMonthsBarringExcellent,
        int draftCirculationWorkingDays,
        int admissionMonthsForReview,
        Map<SubjectKind, Set<OpinionSource>> requiredOpinionSources,
        int excellentScore,
        int goodScore,
        int completeScore,
        boolean unitBeforeHead,
        boolean lowerLevelBeforeUpper) {

    public RuleParameters {
        requiredOpinionSources = requiredOpinionSources == null
                ? defaultOpinionSources()
                : Map.copyOf(requiredOpinionSources);
    }

    public static RuleParameters reg124Defaults() {
        return new RuleParameters(new BigDecimal("0.5"), new BigDecimal("0.5"), new BigDecimal("0.2"),
                6, 3, 3, 6, defaultOpinionSources(), 90, 70, 50, true, true);
    }

    public static RuleParameters reg366Defaults() {
        return reg124Defaults();
    }

    /**
     * Hướng dẫn 25-HD/BTCTW: a party member working in an agency is commented on by the party cell of
     * the place of residence; a cadre by the leadership collective and the superior level; a collective
     * by its superior.
     */
    private static Map<SubjectKind, Set<OpinionSource>> defaultOpinionSources() {
        Map<SubjectKind, Set<OpinionSource>> m = new EnumMap<>(SubjectKind.class);
        m.put(SubjectKind.PARTY_MEMBER, EnumSet.of(OpinionSource.RESIDENCE_CELL));
        m.put(SubjectKind.LEADERSHIP_CADRE, EnumSet.of(OpinionSource.LEADERSHIP_COLLECTIVE, OpinionSource.SUPERIOR));
        m.put(SubjectKind.PARTY_ORGANIZATION, EnumSet.of(OpinionSource.SUPERIOR));
        m.put(SubjectKind.LEADERSHIP_COLLECTIVE, EnumSet.of(OpinionSource.SUPERIOR));
        return m;
    }

    public Set<OpinionSource> requiredSourcesFor(SubjectKind kind) {
        return requiredOpinionSources.getOrDefault(kind, Set.of());
    }
}
