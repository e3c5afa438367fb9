package vn.reviewledger.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.reviewledger.kernel.common.ComplaintOutcome;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.common.VoteMethod;
import vn.reviewledger.kernel.cycle.DueRule;
import vn.reviewledger.kernel.review.OpinionAuthor;

/**
 * Request bodies of the command API (API.md). Business dates are what happened; a date in the
 * future is refused ({@link PastOrPresent}, judged against the application clock).
 */
final class Requests {

    static final int ID = 100;
    static final int NAME = 300;
    static final int TEXT = 20_000;

    private Requests() {
    }

    record OpenCycleRequest(
            @NotBlank @Size(max = ID) String organizationId,
            @NotBlank @Size(max = NAME) String organizationName,
            @NotNull Integer year,
            RuleSetId ruleSet,
            @NotEmpty @Size(max = 10_000) List<Unit> units,
            @NotEmpty Map<Stage, DueRule> plan,
            Map<Integer, Map<Stage, DueRule>> levelPlans,
            @Size(max = 1_000) List<QuotaGroup> quotaGroups,
            @PastOrPresent LocalDate opensOn,
            @Size(max = 20) Map<String, Object> ruleParameters) {
    }

    record SubjectRequest(
            @NotBlank @Size(max = ID) String id,
            @NotBlank @Size(max = NAME) String name,
            @NotNull SubjectKind kind) {
    }

    record OpenReviewRequest(
            @NotNull @Valid SubjectRequest subject,
            @NotBlank @Size(max = ID) String unitId,
            @Size(max = ID) String quotaGroupId,
            boolean leadershipPost,
            boolean civilServant,
            boolean headOfUnit,
            @PastOrPresent LocalDate admittedOn,
            boolean outsidePoliticalSystem) {
    }

    record SelfReviewRequest(
            @NotNull SelfReviewForm form,
            Rating selfRating,
            @Min(0) @Max(100) Integer selfScore,
            @Size(max = TEXT) String summary,
            @PastOrPresent LocalDate submittedOn) {
    }

    /** {@code author} is free text ("Nguyễn Văn An - Chi ủy khu phố 3"); or give name and body apart. */
    record OpinionRequest(
            @NotNull OpinionSource source,
            @Size(max = NAME) String author,
            @Size(max = NAME) String authorName,
            @Size(max = NAME) String authorBody,
            @NotBlank @Size(max = TEXT) String content) {

        OpinionAuthor who() {
            if (authorName != null || authorBody != null) {
                return new OpinionAuthor(blankToNull(authorName), blankToNull(authorBody));
            }
            return OpinionAuthor.parse(author);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    record MeetingRequest(
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotNull @Min(1) @Max(100_000) Integer eligible,
            @NotNull @Min(0) @Max(100_000) Integer present,
            @Min(0) @Max(100_000) Integer absentWithReason,
            @Size(max = TEXT) String minutes) {
    }

    /** {@code eligible} and {@code present} may be left out: the vote counts against the meeting's. */
    record VoteRequest(
            @NotNull VoteMethod method,
            @Min(1) @Max(100_000) Integer eligible,
            @Min(0) @Max(100_000) Integer present,
            @NotEmpty Map<Rating, @NotNull @Min(0) @Max(100_000) Integer> votes) {
    }

    record ProposalRequest(
            @NotNull Rating rating,
            @Min(0) @Max(100) Integer score,
            @Size(max = TEXT) String reason) {
    }

    record DecisionRequest(
            @NotNull Rating rating,
            @NotBlank @Size(max = ID) String decisionNo,
            @PastOrPresent LocalDate decidedOn,
            @Min(0) @Max(100) Integer score,
            @Size(max = TEXT) String reason) {
    }

    record BatchDecisionRequest(
            @NotBlank @Size(max = ID) String quotaGroupId,
            @NotBlank @Size(max = ID) String decisionNo,
            @PastOrPresent LocalDate decidedOn,
            @NotEmpty @Size(max = 5_000) List<@Valid @NotNull BatchEntry> entries) {
    }

    record BatchEntry(@NotBlank @Size(max = ID) String reviewId, @NotNull Rating rating,
                      @Min(0) @Max(100) Integer score, @Size(max = TEXT) String reason) {
    }

    record AnnouncementRequest(@PastOrPresent LocalDate announcedOn) {
    }

    record DisciplineRequest(
            @NotNull @PastOrPresent LocalDate imposedOn,
            @NotNull DisciplineForm form,
            boolean selfDiscovered,
            boolean remedied,
            @PastOrPresent LocalDate violationOn,
            Boolean dutyRelated) {
    }

    record ShortcomingsRequest(
            @NotNull @Min(0) @Max(1_000) Integer found,
            @NotNull @Min(0) @Max(1_000) Integer remedied,
            @Size(max = TEXT) String note) {
    }

    record LeaveRequest(
            @NotNull LocalDate startedOn,
            @NotNull LocalDate endedOn,
            @NotNull LeaveKind kind) {
    }

    record ExemptionRequest(@NotNull ExemptionReason reason, @Size(max = TEXT) String note) {
    }

    record CivilServantRatingRequest(@NotNull Rating rating, @PastOrPresent LocalDate ratedOn) {
    }

    record ExtensionRequest(
            @NotNull Stage stage,
            @NotNull LocalDate newDueDate,
            @NotBlank @Size(max = TEXT) String reason) {
    }

    record ComplaintRequest(
            @NotBlank @Size(max = NAME) String lodgedBy,
            @NotBlank @Size(max = TEXT) String content,
            @PastOrPresent LocalDate lodgedOn) {
    }

    record ResolutionRequest(@NotNull ComplaintOutcome outcome, @NotBlank @Size(max = TEXT) String reason) {
    }

    record ReclassificationRequest(
            @NotNull Rating rating,
            @NotBlank @Size(max = ID) String decisionNo,
            @NotBlank @Size(max = TEXT) String reason,
            @Min(0) @Max(100) Integer score) {
    }

    record RemediationRequest(@NotBlank @Size(max = TEXT) String plan, LocalDate dueOn) {
    }

    record CloseRequest(@Size(max = TEXT) String reason) {
    }
}
