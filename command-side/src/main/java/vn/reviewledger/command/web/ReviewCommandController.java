package vn.reviewledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.command.web.Answers.ComplaintLodged;
import vn.reviewledger.command.web.Answers.GroupDecided;
import vn.reviewledger.command.web.Answers.ReviewOpened;
import vn.reviewledger.command.web.Answers.StepRecorded;
import vn.reviewledger.command.web.Answers.VoteCounted;
import vn.reviewledger.command.web.Requests.AnnouncementRequest;
import vn.reviewledger.command.web.Requests.BatchDecisionRequest;
import vn.reviewledger.command.web.Requests.CivilServantRatingRequest;
import vn.reviewledger.command.web.Requests.CloseRequest;
import vn.reviewledger.command.web.Requests.ComplaintRequest;
import vn.reviewledger.command.web.Requests.DecisionRequest;
import vn.reviewledger.command.web.Requests.DisciplineRequest;
import vn.reviewledger.command.web.Requests.ExemptionRequest;
import vn.reviewledger.command.web.Requests.ExtensionRequest;
import vn.reviewledger.command.web.Requests.LeaveRequest;
import vn.reviewledger.command.web.Requests.MeetingRequest;
import vn.reviewledger.command.web.Requests.OpenReviewRequest;
import vn.reviewledger.command.web.Requests.OpinionRequest;
import vn.reviewledger.command.web.Requests.ProposalRequest;
import vn.reviewledger.command.web.Requests.ReclassificationRequest;
import vn.reviewledger.command.web.Requests.RemediationRequest;
import vn.reviewledger.command.web.Requests.ResolutionRequest;
import vn.reviewledger.command.web.Requests.SelfReviewRequest;
import vn.reviewledger.command.web.Requests.ShortcomingsRequest;
import vn.reviewledger.command.web.Requests.VoteRequest;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.review.OpinionAuthor;
import vn.reviewledger.kernel.review.ReviewCommands.AnnounceRating;
import vn.reviewledger.kernel.review.ReviewCommands.CloseOpinionCollection;
import vn.reviewledger.kernel.review.ReviewCommands.CloseReview;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRatingsInGroup;
import vn.reviewledger.kernel.review.ReviewCommands.ExemptReview;
import vn.reviewledger.kernel.review.ReviewCommands.ExtendDeadline;
import vn.reviewledger.kernel.review.ReviewCommands.HoldMeeting;
import vn.reviewledger.kernel.review.ReviewCommands.HoldVote;
import vn.reviewledger.kernel.review.ReviewCommands.LodgeComplaint;
import vn.reviewledger.kernel.review.ReviewCommands.OpenReview;
import vn.reviewledger.kernel.review.ReviewCommands.ProposeRating;
import vn.reviewledger.kernel.review.ReviewCommands.ReclassifyRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordCivilServantRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordDiscipline;
import vn.reviewledger.kernel.review.ReviewCommands.RecordEarlierShortcomings;
import vn.reviewledger.kernel.review.ReviewCommands.RecordLeave;
import vn.reviewledger.kernel.review.ReviewCommands.RecordOpinion;
import vn.reviewledger.kernel.review.ReviewCommands.ResolveComplaint;
import vn.reviewledger.kernel.review.ReviewCommands.SetRemediationPlan;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;
import vn.reviewledger.kernel.review.ReviewCommands.VoteResult;

/**
 * The review commands of API.md. Each method only translates HTTP into one command: path and
 * {@code If-Match} give the review and the version the sender saw; the authenticated user gives the
 * actor; the body gives the facts. The regulation's rules live in the aggregates, never here; the
 * one refusal here ({@code AUTHOR_REQUIRED}: an opinion names a person or a body) is the request's shape.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Commands: reviews", description = "The steps of a review, from opening to announcement, and "
        + "what may happen along the way")
class ReviewCommandController {

    private final CommandSender sender;
    private final Clock clock;

    ReviewCommandController(CommandSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    private LocalDate orToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    private static ResponseEntity<StepRecorded> ack(String reviewId, long version) {
        return ResponseEntity.ok().eTag(IfMatch.etag(version)).body(new StepRecorded(reviewId, version));
    }

    @PostMapping("/cycles/{cycleId}/reviews")
    @Operation(operationId = "openReview",
            summary = "Open the review of a party member or an organisation in the cycle")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the review", useReturnTypeSchema = true)
    ResponseEntity<ReviewOpened> open(@PathVariable String cycleId, @Valid @RequestBody OpenReviewRequest body,
                                      @RequestParam(defaultValue = "false") boolean wait,
                                      HttpServletRequest request) {
        Subject subject = new Subject(body.subject().id(), body.subject().name(), body.subject().kind());
        String reviewId = Ids.reviewId(cycleId, body.unitId(), subject.kind(), subject.id());
        sender.send(new OpenReview(reviewId, cycleId, subject, body.unitId(), body.quotaGroupId(),
                body.leadershipPost(), body.civilServant(), body.headOfUnit(), body.admittedOn(),
                body.outsidePoliticalSystem()), request, null, wait);
        return ResponseEntity.created(URI.create("/api/reviews/" + reviewId)).body(new ReviewOpened(reviewId));
    }

    /** Sends a review command built from the sender's expected version, and acknowledges it. */
    private ResponseEntity<StepRecorded> send(Step step, String reason, Function<Long, Object> command) {
        long version = sender.send(command.apply(step.expectedVersion()), step.request(), reason, step.waitForReadModels());
        return ack(step.reviewId(), version);
    }

    @PostMapping("/reviews/{id}/self-review")
    @Operation(summary = "Submit the self-review: form, self-rating, score and summary")
    ResponseEntity<StepRecorded> selfReview(Step step, @Valid @RequestBody SelfReviewRequest body) {
        return send(step, null, v -> new SubmitSelfReview(step.reviewId(), v, body.form(), body.selfRating(),
                body.selfScore(), body.summary(), orToday(body.submittedOn())));
    }

    @PostMapping("/reviews/{id}/opinions")
    @Operation(summary = "Record an opinion on the reviewed, from one of the required sources")
    ResponseEntity<StepRecorded> opinion(Step step, @Valid @RequestBody OpinionRequest body) {
        OpinionAuthor who = body.who();
        if (who.name() == null && who.body() == null) {
            throw RuleViolation.invalid("author", "AUTHOR_REQUIRED");
        }
        return send(step, null, v -> new RecordOpinion(step.reviewId(), v, UUID.randomUUID().toString(), body.source(),
                who.name(), who.body(), body.content()));
    }

    @PostMapping("/reviews/{id}/opinions/close")
    @Operation(summary = "Close the collection of opinions")
    ResponseEntity<StepRecorded> closeOpinions(Step step) {
        return send(step, null, v -> new CloseOpinionCollection(step.reviewId(), v));
    }

    @PostMapping("/reviews/{id}/meeting")
    @Operation(summary = "Record the review meeting: held on, eligible, present, minutes")
    ResponseEntity<StepRecorded> meeting(Step step, @Valid @RequestBody MeetingRequest body) {
        int absent = body.absentWithReason() == null ? 0 : body.absentWithReason();
        return send(step, null, v -> new HoldMeeting(step.reviewId(), v, body.heldOn(), body.eligible(), body.present(),
                absent, body.minutes()));
    }

    @PostMapping("/reviews/{id}/vote")
    @Operation(summary = "Record the vote on the rating; the answer says the outcome or that a revote is needed")
    ResponseEntity<VoteCounted> vote(Step step, @Valid @RequestBody VoteRequest body) {
        VoteResult result = sender.send(new HoldVote(step.reviewId(), step.expectedVersion(), body.method(),
                body.eligible(), body.present(), body.votes()), step.request(), null, step.waitForReadModels());
        return ResponseEntity.ok().eTag(IfMatch.etag(result.version())).body(new VoteCounted(step.reviewId(),
                result.outcome(), result.revoteRequired(), result.round(), result.version()));
    }

    @PostMapping("/reviews/{id}/proposal")
    @Operation(summary = "Propose a rating to the competent level")
    ResponseEntity<StepRecorded> proposal(Step step, @Valid @RequestBody ProposalRequest body) {
        return send(step, body.reason(), v -> new ProposeRating(step.reviewId(), v, body.rating(), body.score(),
                body.reason()));
    }

    @PostMapping("/reviews/{id}/decision")
    @Operation(summary = "Decide the rating (committee office), with the decision number")
    ResponseEntity<StepRecorded> decision(Step step, @Valid @RequestBody DecisionRequest body) {
        return send(step, body.reason(), v -> new DecideRating(step.reviewId(), v, body.rating(), body.decisionNo(),
                orToday(body.decidedOn()), body.score(), body.reason()));
    }

    @PostMapping("/cycles/{cycleId}/decisions")
    @Operation(summary = "Decide the ratings of a quota group at once, all or nothing")
    ResponseEntity<GroupDecided> batchDecision(@PathVariable String cycleId, Step step,
                                               @Valid @RequestBody BatchDecisionRequest body) {
        List<DecideRatingsInGroup.Entry> entries = body.entries().stream()
                .map(e -> new DecideRatingsInGroup.Entry(e.reviewId(), e.rating(), e.score(), e.reason())).toList();
        int decided = sender.send(new DecideRatingsInGroup(cycleId, body.quotaGroupId(), body.decisionNo(),
                orToday(body.decidedOn()), entries), step.request(), null, step.waitForReadModels());
        return ResponseEntity.ok(new GroupDecided(cycleId, body.quotaGroupId(), decided));
    }

    @PostMapping("/reviews/{id}/announcement")
    @Operation(summary = "Announce the decided rating")
    ResponseEntity<StepRecorded> announcement(Step step,
                                              @Valid @RequestBody(required = false) AnnouncementRequest body) {
        LocalDate on = orToday(body == null ? null : body.announcedOn());
        return send(step, null, v -> new AnnounceRating(step.reviewId(), v, on));
    }

    @PostMapping("/reviews/{id}/discipline")
    @Operation(summary = "Record a discipline imposed in the year")
    ResponseEntity<StepRecorded> discipline(Step step, @Valid @RequestBody DisciplineRequest body) {
        if (body.violationOn() != null && body.violationOn().isAfter(body.imposedOn())) {
            throw RuleViolation.invalid("violationOn", "VIOLATION_AFTER_DISCIPLINE", "violationOn", body.violationOn(),
                    "imposedOn", body.imposedOn());
        }
        return send(step, null, v -> new RecordDiscipline(step.reviewId(), v, body.imposedOn(), body.form(),
                body.selfDiscovered(), body.remedied(), body.violationOn(),
                body.dutyRelated() == null || body.dutyRelated()));
    }

    @PostMapping("/reviews/{id}/earlier-shortcomings")
    @Operation(summary = "Record the shortcomings found by earlier reviews and how many were remedied "
            + "(Regulation 366)")
    ResponseEntity<StepRecorded> earlierShortcomings(Step step, @Valid @RequestBody ShortcomingsRequest body) {
        return send(step, null, v -> new RecordEarlierShortcomings(step.reviewId(), v, body.found(), body.remedied(),
                body.note()));
    }

    @PostMapping("/reviews/{id}/leave")
    @Operation(summary = "Record a leave in the year (sick, maternity, study)")
    ResponseEntity<StepRecorded> leave(Step step, @Valid @RequestBody LeaveRequest body) {
        return send(step, null, v -> new RecordLeave(step.reviewId(), v, body.startedOn(), body.endedOn(), body.kind()));
    }

    @PostMapping("/reviews/{id}/exemption")
    @Operation(summary = "Exempt the reviewed from this year's review, with the reason")
    ResponseEntity<StepRecorded> exemption(Step step, @Valid @RequestBody ExemptionRequest body) {
        return send(step, body.reason().name(), v -> new ExemptReview(step.reviewId(), v, body.reason(), body.note()));
    }

    @PostMapping("/reviews/{id}/civil-servant-rating")
    @Operation(summary = "Record the reviewed's rating as a civil servant")
    ResponseEntity<StepRecorded> civilServantRating(Step step,
                                                    @Valid @RequestBody CivilServantRatingRequest body) {
        return send(step, null, v -> new RecordCivilServantRating(step.reviewId(), v, body.rating(),
                orToday(body.ratedOn())));
    }

    @PostMapping("/reviews/{id}/extensions")
    @Operation(summary = "Extend the deadline of a stage, with the reason")
    ResponseEntity<StepRecorded> extension(Step step, @Valid @RequestBody ExtensionRequest body) {
        return send(step, body.reason(), v -> new ExtendDeadline(step.reviewId(), v, body.stage(), body.newDueDate(),
                body.reason()));
    }

    @PostMapping("/reviews/{id}/complaints")
    @Operation(summary = "Lodge a complaint about the review")
    @ApiResponse(responseCode = "201", description = "Lodged", useReturnTypeSchema = true)
    ResponseEntity<ComplaintLodged> complaint(Step step, @Valid @RequestBody ComplaintRequest body) {
        String complaintId = UUID.randomUUID().toString();
        long version = sender.send(new LodgeComplaint(step.reviewId(), step.expectedVersion(), complaintId,
                body.lodgedBy(), body.content(), orToday(body.lodgedOn())), step.request(), null,
                step.waitForReadModels());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(version))
                .body(new ComplaintLodged(step.reviewId(), complaintId, version));
    }

    @PostMapping("/reviews/{id}/complaints/{complaintId}/resolution")
    @Operation(summary = "Resolve a complaint (upheld or dismissed), with the reason")
    ResponseEntity<StepRecorded> resolution(Step step, @PathVariable String complaintId,
                                            @Valid @RequestBody ResolutionRequest body) {
        return send(step, body.reason(), v -> new ResolveComplaint(step.reviewId(), v, complaintId, body.outcome(),
                body.reason()));
    }

    @PostMapping("/reviews/{id}/reclassification")
    @Operation(summary = "Change a decided rating, with the decision number and the reason")
    ResponseEntity<StepRecorded> reclassification(Step step, @Valid @RequestBody ReclassificationRequest body) {
        return send(step, body.reason(), v -> new ReclassifyRating(step.reviewId(), v, body.rating(),
                body.decisionNo(), body.reason(), body.score()));
    }

    @PostMapping("/reviews/{id}/remediation")
    @Operation(summary = "Set the plan to remedy the shortcomings and its due date")
    ResponseEntity<StepRecorded> remediation(Step step, @Valid @RequestBody RemediationRequest body) {
        return send(step, null, v -> new SetRemediationPlan(step.reviewId(), v, body.plan(), body.dueOn()));
    }

    @PostMapping("/reviews/{id}/close")
    @Operation(summary = "Close the review as it stands, with the reason")
    ResponseEntity<StepRecorded> close(Step step, @Valid @RequestBody(required = false) CloseRequest body) {
        String reason = body == null ? null : body.reason();
        return send(step, reason, v -> new CloseReview(step.reviewId(), v, reason));
    }
}
