package vn.reviewledger.kernel.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.reviewledger.kernel.common.ComplaintOutcome;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.VoteMethod;

/**
 * Commands to a {@code Review}, one per step of the procedure. {@code expectedVersion} is the
 * client's {@code If-Match}: when given and stale, the command is refused rather than applied to a
 * review the sender has not seen.
 */
public final class ReviewCommands {

    private ReviewCommands() {
    }

    /** Stage 0. {@code admittedOn} lets the rule set record a recent member as not reviewed. */
    public record OpenReview(
            @TargetAggregateIdentifier String reviewId,
            String cycleId,
            Subject subject,
            String unitId,
            String quotaGroupId,
            boolean leadershipPost,
            boolean civilServant,
            boolean headOfUnit,
            LocalDate admittedOn,
            boolean outsidePoliticalSystem) {

        public OpenReview(String reviewId, String cycleId, Subject subject, String unitId, String quotaGroupId,
                          boolean leadershipPost, boolean civilServant, boolean headOfUnit, LocalDate admittedOn) {
            this(reviewId, cycleId, subject, unitId, quotaGroupId, leadershipPost, civilServant, headOfUnit, admittedOn,
                    false);
        }
    }

    /** Stage 1. {@code selfScore} is used under a points rule set (REG_366), {@code selfRating} otherwise. */
    public record SubmitSelfReview(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            SelfReviewForm form,
            Rating selfRating,
            Integer selfScore,
            String summary,
            LocalDate submittedOn) {
    }

    public record RecordOpinion(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            String opinionId,
            OpinionSource source,
            String authorName,
            String authorBody,
            String content) {
    }

    /** Stage 2. */
    public record CloseOpinionCollection(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion) {
    }

    /** Stage 3. Counts are of official members; probationary members do not count toward quorum. */
    public record HoldMeeting(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            LocalDate heldOn,
            int eligible,
            int present,
            int absentWithReason,
            String minutes) {
    }

    /**
     * Stage 4. The vote is counted against the eligible and present members recorded at the
     * meeting; {@code eligible} and {@code present} may be left out, and when given must match them.
     */
    public record HoldVote(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            VoteMethod method,
            Integer eligible,
            Integer present,
            Map<Rating, Integer> votes) {
    }

    /** The answer to {@link HoldVote}: the outcome, or that a re-vote is owed. */
    public record VoteResult(Rating outcome, boolean revoteRequired, int round, long version) {
    }

    /** Stage 5: the advisory body's proposal; {@code reason} is required when it differs from the vote. */
    public record ProposeRating(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            Rating rating,
            Integer score,
            String reason) {
    }

    /**
     * Stage 6 for one review. {@code score}: the decided score under a points rule set (REG_366),
     * the proposed one when left out; {@code reason}: why the rating is below what the score reaches.
     */
    public record DecideRating(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            Rating rating,
            String decisionNo,
            LocalDate decidedOn,
            Integer score,
            String reason) {

        public DecideRating(String reviewId, Long expectedVersion, Rating rating, String decisionNo, LocalDate decidedOn) {
            this(reviewId, expectedVersion, rating, decisionNo, decidedOn, null, null);
        }
    }

    /** Stage 6 for a whole quota group: every entry is decided, or none is. */
    public record DecideRatingsInGroup(
            String cycleId,
            String quotaGroupId,
            String decisionNo,
            LocalDate decidedOn,
            List<Entry> entries) {

        public record Entry(String reviewId, Rating rating, Integer score, String reason) {

            public Entry(String reviewId, Rating rating) {
                this(reviewId, rating, null, null);
            }
        }
    }

    /** Stage 7. */
    public record AnnounceRating(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            LocalDate announcedOn) {
    }

    /**
     * {@code violationOn}: when the fault was committed (the imposition date when unknown);
     * {@code dutyRelated}: a fault in the exercise of duties (Quy định 366-QĐ/TW Art. 11 §4), true
     * unless recorded otherwise.
     */
    public record RecordDiscipline(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            LocalDate imposedOn,
            DisciplineForm form,
            boolean selfDiscovered,
            boolean remedied,
            LocalDate violationOn,
            boolean dutyRelated) {

        public RecordDiscipline(String reviewId, Long expectedVersion, LocalDate imposedOn, DisciplineForm form,
                                boolean selfDiscovered, boolean remedied) {
            this(reviewId, expectedVersion, imposedOn, form, selfDiscovered, remedied, null, true);
        }
    }

    public record RecordLeave(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            LocalDate startedOn,
            LocalDate endedOn,
            LeaveKind kind) {
    }

    public record ExemptReview(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            ExemptionReason reason,
            String note) {
    }

    /** The State (civil-service) rating of a party member who is a civil servant. */
    public record RecordCivilServantRating(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            Rating rating,
            LocalDate ratedOn) {
    }

    public record ExtendDeadline(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            Stage stage,
            LocalDate newDueDate,
            String reason) {
    }

    public record LodgeComplaint(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            String complaintId,
            String lodgedBy,
            String content,
            LocalDate lodgedOn) {
    }

    public record ResolveComplaint(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            String complaintId,
            ComplaintOutcome outcome,
            String reason) {
    }

    /**
     * Quy định 124-QĐ/TW Art. 13, Quy định 366-QĐ/TW Art. 15 §3: the competent level re-rates at
     * any time after the decision, also after close, with a reason (and a score under REG_366).
     */
    public record ReclassifyRating(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            Rating rating,
            String decisionNo,
            String reason,
            Integer score) {

        public ReclassifyRating(String reviewId, Long expectedVersion, Rating rating, String decisionNo, String reason) {
            this(reviewId, expectedVersion, rating, decisionNo, reason, null);
        }
    }

    /**
     * Quy định 366-QĐ/TW Art. 11 §1: how many shortcomings earlier reviews pointed out, and how many
     * are remedied. A later record replaces an earlier one (both stay in the history).
     */
    public record RecordEarlierShortcomings(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            int found,
            int remedied,
            String note) {
    }

    public record SetRemediationPlan(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            String plan,
            LocalDate dueOn) {
    }

    public record CloseReview(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            String reason) {
    }
}
