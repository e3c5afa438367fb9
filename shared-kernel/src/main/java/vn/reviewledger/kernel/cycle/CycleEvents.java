package vn.reviewledger.kernel.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.common.Unit;

/** Events of a {@code ReviewCycle}. */
public final class CycleEvents {

    private CycleEvents() {
    }

    /** The cycle's first event: it pins the rule set and its parameters for every review of the cycle. */
    public record CycleOpened(
            String cycleId,
            String organizationId,
            String organizationName,
            int year,
            RuleSetId ruleSet,
            RuleParameters ruleParameters,
            List<Unit> units,
            Map<Stage, DueRule> plan,
            Map<Integer, Map<Stage, DueRule>> levelPlans,
            List<QuotaGroup> quotaGroups,
            LocalDate opensOn) {
    }

    /** A collective review (party organization or leadership collective) opened at a unit of the cycle. */
    public record CollectiveReviewRegistered(String cycleId, String unitId, String reviewId, String name) {
    }

    /**
     * Ratings decided (or reclassified) in one decision, as the cycle counts them: quota use per
     * group, and which collectives are decided. {@code previous} is null for a first decision.
     */
    public record DecisionRecorded(String cycleId, String quotaGroupId, String decisionNo,
                                   List<RecordedRating> ratings) {
    }

    public record RecordedRating(String reviewId, String unitId, SubjectKind kind, Rating previous, Rating rating) {
    }

    /**
     * A member of a unit was disciplined in a way its collectives answer for (the rule set says
     * which: under REG_366 a leadership cadre's duty-related discipline makes the unit's leadership
     * collective Not complete). {@code kind} is null in events stored before it was recorded: a
     * party member.
     */
    public record MemberDisciplineNoted(String cycleId, String unitId, String reviewId, SubjectKind kind) {

        public MemberDisciplineNoted(String cycleId, String unitId, String reviewId) {
            this(cycleId, unitId, reviewId, null);
        }

        public boolean leadershipMember() {
            return kind == SubjectKind.LEADERSHIP_CADRE;
        }
    }

    /** A collective (the unit's party organization or leadership collective) was disciplined in the year. */
    public record CollectiveDisciplineNoted(String cycleId, String unitId, String reviewId) {
    }

    /**
     * An individual review opened at a unit, under a rule set that decides an organization only after
     * all its members (REG_366): the cycle counts the members still to be decided.
     */
    public record MemberReviewRegistered(String cycleId, String unitId, String reviewId) {
    }

    /** A review recorded as not reviewed: it never blocks another review's decision. */
    public record ReviewExemptionNoted(String cycleId, String unitId, String reviewId, SubjectKind kind) {
    }
}
