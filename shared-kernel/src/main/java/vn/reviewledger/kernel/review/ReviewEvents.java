package vn.reviewledger.kernel.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Revision;
import vn.reviewledger.kernel.common.ComplaintOutcome;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.VoteMethod;

/**
 * Events of a {@code Review}. They are facts: never changed, never deleted. A correction is a new
 * event naming what it corrects (a reclassification names the decision it replaces).
 */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /** Marker for every review event: read models route on the review id, the aggregate folds them all. */
    public interface ReviewEvent {
        String reviewId();
    }

    /**
     * Copies the cycle's rule set and parameters, so this review is judged by them for good.
     * {@code unitPath} is the unit's ancestors from the root down, the unit itself last; scope
     * checks use it so that no command needs to load the cycle. Events stored before it was
     * recorded read it as null, and before Regulation 366's form 2C {@code outsidePoliticalSystem}
     * as false.
     */
    public record ReviewOpened(
            String reviewId,
            String cycleId,
            int year,
            RuleSetId ruleSet,
            RuleParameters ruleParameters,
            Subject subject,
            String unitId,
            int unitLevel,
            String quotaGroupId,
            boolean leadershipPost,
            boolean civilServant,
            boolean headOfUnit,
            LocalDate admittedOn,
            LocalDate cycleOpensOn,
            Map<Stage, LocalDate> dueDates,
            List<String> unitPath,
            boolean outsidePoliticalSystem) implements ReviewEvent {
    }

    public record ReviewExempted(String reviewId, ExemptionReason reason, String note) implements ReviewEvent {
    }

    public record SelfReviewSubmitted(
            String reviewId,
            SelfReviewForm form,
            Rating selfRating,
            Integer selfScore,
            String summary,
            LocalDate submittedOn) implements ReviewEvent {
    }

    /**
     * Revision 2 keeps who wrote an opinion apart from the body it speaks for; revision 1 had one
     * free-text {@code author} ("Nguyễn Văn An - Chi ủy khu phố 3"), split by
     * {@code kernel.upcasting.OpinionRecordedUpcaster} when old events are read.
     */
    @Revision("2")
    public record OpinionRecorded(
            String reviewId,
            String opinionId,
            OpinionSource source,
            String authorName,
            String authorBody,
            String content) implements ReviewEvent {
    }

    public record OpinionCollectionClosed(String reviewId, Set<OpinionSource> sources) implements ReviewEvent {
    }

    public record ReviewMeetingHeld(
            String reviewId,
            LocalDate heldOn,
            int eligible,
            int present,
            int absentWithReason,
            String minutes) implements ReviewEvent {
    }

    /** A vote that produced a rating. */
    public record VoteHeld(
            String reviewId,
            int round,
            VoteMethod method,
            int eligible,
            int present,
            Map<Rating, Integer> votes,
            Rating outcome) implements ReviewEvent {
    }

    /** A vote in which no level reached a majority: recorded, and a re-vote is owed. */
    public record VoteInconclusive(
            String reviewId,
            int round,
            VoteMethod method,
            int eligible,
            int present,
            Map<Rating, Integer> votes) implements ReviewEvent {
    }

    public record RatingProposed(
            String reviewId,
            Rating rating,
            Integer score,
            Rating voteOutcome,
            String reason) implements ReviewEvent {
    }

    /** {@code score}: the decided score under REG_366; {@code reason}: why the rating is below its band. */
    public record RatingDecided(
            String reviewId,
            String quotaGroupId,
            Rating rating,
            String decisionNo,
            LocalDate decidedOn,
            Integer score,
            String reason) implements ReviewEvent {

        public RatingDecided(String reviewId, String quotaGroupId, Rating rating, String decisionNo, LocalDate decidedOn) {
            this(reviewId, quotaGroupId, rating, decisionNo, decidedOn, null, null);
        }
    }

    public record RatingAnnounced(String reviewId, LocalDate announcedOn) implements ReviewEvent {
    }

    /**
     * {@code violationOn} and {@code dutyRelated} are null in events stored before they were asked:
     * read as the imposition date and as duty-related.
     */
    public record DisciplineRecorded(
            String reviewId,
            LocalDate imposedOn,
            DisciplineForm form,
            boolean selfDiscovered,
            boolean remedied,
            LocalDate violationOn,
            Boolean dutyRelated) implements ReviewEvent {

        public DisciplineRecorded(String reviewId, LocalDate imposedOn, DisciplineForm form, boolean selfDiscovered,
                                  boolean remedied) {
            this(reviewId, imposedOn, form, selfDiscovered, remedied, null, Boolean.TRUE);
        }

        /** When the fault was committed; the imposition date when not recorded. */
        public LocalDate faultOn() {
            return violationOn != null ? violationOn : imposedOn;
        }

        public boolean isDutyRelated() {
            return dutyRelated == null || dutyRelated;
        }

        public boolean excused() {
            return selfDiscovered && remedied;
        }
    }

    public record LeaveRecorded(
            String reviewId,
            LocalDate startedOn,
            LocalDate endedOn,
            LeaveKind kind) implements ReviewEvent {
    }

    public record CivilServantRatingRecorded(String reviewId, Rating rating, LocalDate ratedOn) implements ReviewEvent {
    }

    public record DeadlineExtended(
            String reviewId,
            Stage stage,
            LocalDate previousDueDate,
            LocalDate newDueDate,
            String reason) implements ReviewEvent {
    }

    public record ComplaintLodged(
            String reviewId,
            String complaintId,
            String lodgedBy,
            String content,
            LocalDate lodgedOn) implements ReviewEvent {
    }

    public record ComplaintResolved(
            String reviewId,
            String complaintId,
            ComplaintOutcome outcome,
            String reason) implements ReviewEvent {
    }

    /** A new decision; the one it replaces stays in the history. {@code score}: the new score under REG_366. */
    public record RatingReclassified(
            String reviewId,
            String quotaGroupId,
            Rating rating,
            Rating previousRating,
            String decisionNo,
            String replacesDecisionNo,
            String reason,
            Integer score,
            Integer previousScore) implements ReviewEvent {

        public RatingReclassified(String reviewId, String quotaGroupId, Rating rating, Rating previousRating,
                                  String decisionNo, String replacesDecisionNo, String reason) {
            this(reviewId, quotaGroupId, rating, previousRating, decisionNo, replacesDecisionNo, reason, null, null);
        }
    }

    /**
     * Quy định 124-QĐ/TW Art. 12 §4.5: a fault of this review's year was disciplined later (recorded
     * on review {@code disciplineReviewId}), so the competent level re-rates this year. Raised on
     * this review, where the office that decided it finds it among its tasks; a reclassification
     * answers it.
     */
    public record ReratingRequested(
            String reviewId,
            String disciplineReviewId,
            LocalDate violationOn,
            LocalDate imposedOn,
            DisciplineForm form) implements ReviewEvent {
    }

    /** Shortcomings of earlier reviews and how many are remedied, as known now (the latest record counts). */
    public record EarlierShortcomingsRecorded(String reviewId, int found, int remedied, String note)
            implements ReviewEvent {
    }

    public record RemediationPlanSet(String reviewId, String plan, LocalDate dueOn) implements ReviewEvent {
    }

    public record ReviewClosed(String reviewId, String reason) implements ReviewEvent {
    }

    /**
     * The deadlines of the step now owed were scheduled with the persistent deadline manager: when
     * each fires, and the ids by which a completed step cancels them.
     */
    public record StageDeadlinesScheduled(String reviewId, Stage stage, LocalDate dueDate,
                                          Map<String, Instant> firesAt, Map<String, String> deadlineIds)
            implements ReviewEvent {
    }

    /** A reminder that a stage falls due soon; raised by the persistent deadline manager. */
    public record StageReminderDue(String reviewId, Stage stage, LocalDate dueDate) implements ReviewEvent {
    }

    /** The due date of a stage passed without it being done. */
    public record StageOverdue(String reviewId, Stage stage, LocalDate dueDate) implements ReviewEvent {
    }

    /** Still not done after the grace period: raised to the committee office. */
    public record StageEscalated(String reviewId, Stage stage, LocalDate dueDate, String escalatedTo)
            implements ReviewEvent {
    }
}
