package vn.reviewledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Every figure the regulation leaves to the deciding level, or that the sources leave unclear. A
 * cycle may override any of them when it opens; the values are then pinned in its first event and
 * copied into each review it opens. Each rule set has its own defaults ({@link #reg124Defaults()},
 * {@link #reg366Defaults()}); the README lists them and why.
 *
 * <p>The boxed components came later: a cycle pinned before they existed has null there, and
 * {@link #withDefaultsFrom} fills them from its rule set's defaults when the rules are built.
 *
 * @param quorumShare               the meeting needs more than this share of eligible official members present
 * @param voteMajorityShare         a rating wins when its cumulative votes exceed this share of the eligible
 * @param excellentShareOfGood      default Excellent quota: at most this share of the Good count, per quota group
 * @param minMonthsWorkedForRating  REG_124: fewer months actually worked (maternity aside): reviewed but not rated
 * @param sickLeaveMonthsForCap     REG_124: sick leave of at least this many months caps the rating at {@code sickLeaveCap}
 *                                  (stored as {@code leaveMonthsBarringExcellent} before the correction)
 * @param draftCirculationWorkingDays a collective's draft report goes out at least this many working days before the meeting
 * @param admissionMonthsForReview  members admitted fewer months than this before the cycle are not reviewed
 * @param requiredOpinionSources    sources that must have given an opinion before collection closes, per subject kind
 * @param excellentScore            REG_366: minimum score for Excellent
 * @param goodScore                 REG_366: minimum score for Good
 * @param completeScore             REG_366: minimum score for Complete
 * @param unitBeforeHead            a unit's collective rating is decided before its head's individual rating
 * @param lowerLevelBeforeUpper     lower-level collectives are decided before the upper level's
 * @param sickLeaveCap              REG_124: the highest rating after long sick leave (Guid. 21/2019: not Good or above)
 * @param maxExcellentShare         the largest share a quota group may be given
 * @param exceptionalExcellentShare REG_366: the largest share of a group marked exceptional, with a reason; null: no exception
 * @param disciplinedUnitsShare     REG_124: a collective with more than this share of its subordinate units disciplined is Not complete
 * @param organizationAfterMembers  REG_366: an organization is decided after all its members (Guid. 43 §3)
 * @param complaintsFromOpening     REG_366: complaints may be lodged from opening, and an open one blocks the decision
 */
public record RuleParameters(
        BigDecimal quorumShare,
        BigDecimal voteMajorityShare,
        BigDecimal excellentShareOfGood,
        int minMonthsWorkedForRating,
        @JsonAlias("leaveMonthsBarringExcellent") int sickLeaveMonthsForCap,
        int draftCirculationWorkingDays,
        int admissionMonthsForReview,
        Map<SubjectKind, Set<OpinionSource>> requiredOpinionSources,
        int excellentScore,
        int goodScore,
        int completeScore,
        boolean unitBeforeHead,
        boolean lowerLevelBeforeUpper,
        Rating sickLeaveCap,
        BigDecimal maxExcellentShare,
        BigDecimal exceptionalExcellentShare,
        BigDecimal disciplinedUnitsShare,
        Boolean organizationAfterMembers,
        Boolean complaintsFromOpening) {

    public RuleParameters {
        requiredOpinionSources = requiredOpinionSources == null
                ? defaultOpinionSources()
                : Map.copyOf(requiredOpinionSources);
    }

    /** The first thirteen figures only; the rest come from the rule set's defaults. */
    public RuleParameters(BigDecimal quorumShare, BigDecimal voteMajorityShare, BigDecimal excellentShareOfGood,
                          int minMonthsWorkedForRating, int sickLeaveMonthsForCap, int draftCirculationWorkingDays,
                          int admissionMonthsForReview, Map<SubjectKind, Set<OpinionSource>> requiredOpinionSources,
                          int excellentScore, int goodScore, int completeScore, boolean unitBeforeHead,
                          boolean lowerLevelBeforeUpper) {
        this(quorumShare, voteMajorityShare, excellentShareOfGood, minMonthsWorkedForRating, sickLeaveMonthsForCap,
                draftCirculationWorkingDays, admissionMonthsForReview, requiredOpinionSources, excellentScore, goodScore,
                completeScore, unitBeforeHead, lowerLevelBeforeUpper, null, null, null, null, null, null);
    }

    /** Regulation 124 with Guidance 25 (review years 2023–2024). */
    public static RuleParameters reg124Defaults() {
        return new RuleParameters(new BigDecimal("0.5"), new BigDecimal("0.5"), new BigDecimal("0.2"),
                6, 3, 3, 6, defaultOpinionSources(), 90, 70, 50, true, true,
                Rating.COMPLETE, new BigDecimal("0.2"), null, new BigDecimal("0.2"), false, false);
    }

    /**
     * Regulation 366 with Guidance 43 (review years 2025 on): whoever is reviewed is rated (no
     * months-worked floor, no sick-leave cap: Guid. 43 §7.5 rates on the work actually done), the
     * exceptional 25% quota, the organization after all its members, complaints from opening.
     */
    public static RuleParameters reg366Defaults() {
        return new RuleParameters(new BigDecimal("0.5"), new BigDecimal("0.5"), new BigDecimal("0.2"),
                0, 3, 3, 6, defaultOpinionSources(), 90, 70, 50, true, true,
                null, new BigDecimal("0.2"), new BigDecimal("0.25"), null, true, true);
    }

    /**
     * DESIGN.md "The procedure", stage 2: the residence committee comments on every individual
     * (366 Art. 17 §2; a member outside the political system, whose cell is the residence one, is
     * excused by the rule); a cadre also by the leadership collective; a collective by its superior.
     */
    private static Map<SubjectKind, Set<OpinionSource>> defaultOpinionSources() {
        Map<SubjectKind, Set<OpinionSource>> m = new EnumMap<>(SubjectKind.class);
        m.put(SubjectKind.PARTY_MEMBER, EnumSet.of(OpinionSource.RESIDENCE_CELL));
        m.put(SubjectKind.LEADERSHIP_CADRE, EnumSet.of(OpinionSource.RESIDENCE_CELL, OpinionSource.LEADERSHIP_COLLECTIVE));
        m.put(SubjectKind.PARTY_ORGANIZATION, EnumSet.of(OpinionSource.SUPERIOR));
        m.put(SubjectKind.LEADERSHIP_COLLECTIVE, EnumSet.of(OpinionSource.SUPERIOR));
        return m;
    }

    public Set<OpinionSource> requiredSourcesFor(SubjectKind kind) {
        return requiredOpinionSources.getOrDefault(kind, Set.of());
    }

    /**
     * These parameters with every figure they lack taken from {@code defaults}. A null where the
     * defaults also have null (no exceptional share under 124) stays null: the rule is off.
     */
    public RuleParameters withDefaultsFrom(RuleParameters defaults) {
        return new RuleParameters(quorumShare, voteMajorityShare, excellentShareOfGood, minMonthsWorkedForRating,
                sickLeaveMonthsForCap, draftCirculationWorkingDays, admissionMonthsForReview, requiredOpinionSources,
                excellentScore, goodScore, completeScore, unitBeforeHead, lowerLevelBeforeUpper,
                sickLeaveCap != null ? sickLeaveCap : defaults.sickLeaveCap,
                maxExcellentShare != null ? maxExcellentShare : defaults.maxExcellentShare,
                exceptionalExcellentShare != null ? exceptionalExcellentShare : defaults.exceptionalExcellentShare,
                disciplinedUnitsShare != null ? disciplinedUnitsShare : defaults.disciplinedUnitsShare,
                organizationAfterMembers != null ? organizationAfterMembers : defaults.organizationAfterMembers,
                complaintsFromOpening != null ? complaintsFromOpening : defaults.complaintsFromOpening);
    }
}
