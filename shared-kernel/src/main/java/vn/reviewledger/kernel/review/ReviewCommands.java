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
            LocalDate admittedOn) {
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

    /** Stage 4. */
    public record HoldVote(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            VoteMethod method,
            int eligible,
            int present,
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

    /** Stage 6 for one review. */
    public record DecideRating(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            Rating rating,
            String decisionNo,
            LocalDate decidedOn) {
    }

    /** Stage 6 for a whole quota group: every entry is decided, or none is. */
    public record DecideRatingsInGroup(
            String cycleId,
            String quotaGroupId,
            String decisionNo,
            LocalDate decidedOn,
            List<Entry> entries) {

        public record Entry(String reviewId, Rating rating) {
        }
    }

    /** Stage 7. */
    public record AnnounceRating(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            LocalDate announcedOn) {
    }

    public record RecordDiscipline(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            LocalDate imposedOn,
            DisciplineForm form,
            boolean selfDiscovered,
            boolean remedied) {
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

    /** Quy định 124-QĐ/TW, Art. 13: the superior may reclassify at any time, with a reason. */
    public record ReclassifyRating(
            @TargetAggregateIdentifier String reviewId,
            @TargetAggregateVersion Long expectedVersion,
            Rating rating,
            String decisionNo,
            String reason) {
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
