package vn.reviewledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.command.rules.RuleViolation;
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

    private static ResponseEntity<Map<String, Object>> ack(String reviewId, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewId", reviewId);
        body.put("version", version);
        return ResponseEntity.ok().eTag(IfMatch.etag(version)).body(body);
    }

    @PostMapping("/cycles/{cycleId}/reviews")
    ResponseEntity<Map<String, String>> open(@PathVariable String cycleId, @Valid @RequestBody OpenReviewRequest body,
                                             @RequestParam(defaultValue = "false") boolean wait,
                                             HttpServletRequest request) {
        Subject subject = new Subject(body.subject().id(), body.subject().name(), body.subject().kind());
        String reviewId = Ids.reviewId(cycleId, body.unitId(), subject.kind(), subject.id());
        sender.send(new OpenReview(reviewId, cycleId, subject, body.unitId(), body.quotaGroupId(),
                body.leadershipPost(), body.civilServant(), body.headOfUnit(), body.admittedOn(),
                body.outsidePoliticalSystem()), request, null, wait);
        return ResponseEntity.created(URI.create("/api/reviews/" + reviewId)).body(Map.of("reviewId", reviewId));
    }

    /** Sends a review command built from the sender's expected version, and acknowledges it. */
    private ResponseEntity<Map<String, Object>> send(Step step, String reason, Function<Long, Object> command) {
        long version = sender.send(command.apply(step.expectedVersion()), step.request(), reason, step.waitForReadModels());
        return ack(step.reviewId(), version);
    }

    @PostMapping("/reviews/{id}/self-review")
    ResponseEntity<Map<String, Object>> selfReview(Step step, @Valid @RequestBody SelfReviewRequest body) {
        return send(step, null, v -> new SubmitSelfReview(step.reviewId(), v, body.form(), body.selfRating(),
                body.selfScore(), body.summary(), orToday(body.submittedOn())));
    }

    @PostMapping("/reviews/{id}/opinions")
    ResponseEntity<Map<String, Object>> opinion(Step step, @Valid @RequestBody OpinionRequest body) {
        OpinionAuthor who = body.who();
        if (who.name() == null && who.body() == null) {
            throw RuleViolation.invalid("author", "AUTHOR_REQUIRED");
        }
        return send(step, null, v -> new RecordOpinion(step.reviewId(), v, UUID.randomUUID().toString(), body.source(),
                who.name(), who.body(), body.content()));
    }

    @PostMapping("/reviews/{id}/opinions/close")
    ResponseEntity<Map<String, Object>> closeOpinions(Step step) {
        return send(step, null, v -> new CloseOpinionCollection(step.reviewId(), v));
    }

    @PostMapping("/reviews/{id}/meeting")
    ResponseEntity<Map<String, Object>> meeting(Step step, @Valid @RequestBody MeetingRequest body) {
        int absent = body.absentWithReason() == null ? 0 : body.absentWithReason();
        return send(step, null, v -> new HoldMeeting(step.reviewId(), v, body.heldOn(), body.eligible(), body.present(),
                absent, body.minutes()));
    }

    @PostMapping("/reviews/{id}/vote")
    ResponseEntity<Map<String, Object>> vote(Step step, @Valid @RequestBody VoteRequest body) {
        VoteResult result = sender.send(new HoldVote(step.reviewId(), step.expectedVersion(), body.method(),
                body.eligible(), body.present(), body.votes()), step.request(), null, step.waitForReadModels());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reviewId", step.reviewId());
        answer.put("outcome", result.outcome());
        answer.put("revoteRequired", result.revoteRequired());
        answer.put("round", result.round());
        answer.put("version", result.version());
        return ResponseEntity.ok().eTag(IfMatch.etag(result.version())).body(answer);
    }

    @PostMapping("/reviews/{id}/proposal")
    ResponseEntity<Map<String, Object>> proposal(Step step, @Valid @RequestBody ProposalRequest body) {
        return send(step, body.reason(), v -> new ProposeRating(step.reviewId(), v, body.rating(), body.score(),
                body.reason()));
    }

    @PostMapping("/reviews/{id}/decision")
    ResponseEntity<Map<String, Object>> decision(Step step, @Valid @RequestBody DecisionRequest body) {
        return send(step, body.reason(), v -> new DecideRating(step.reviewId(), v, body.rating(), body.decisionNo(),
                orToday(body.decidedOn()), body.score(), body.reason()));
    }

    @PostMapping("/cycles/{cycleId}/decisions")
    ResponseEntity<Map<String, Object>> batchDecision(@PathVariable String cycleId, Step step,
                                                      @Valid @RequestBody BatchDecisionRequest body) {
        List<DecideRatingsInGroup.Entry> entries = body.entries().stream()
                .map(e -> new DecideRatingsInGroup.Entry(e.reviewId(), e.rating(), e.score(), e.reason())).toList();
        int decided = sender.send(new DecideRatingsInGroup(cycleId, body.quotaGroupId(), body.decisionNo(),
                orToday(body.decidedOn()), entries), step.request(), null, step.waitForReadModels());
        return ResponseEntity.ok(Map.of("cycleId", cycleId, "quotaGroupId", body.quotaGroupId(), "decided", decided));
    }

    @PostMapping("/reviews/{id}/announcement")
    ResponseEntity<Map<String, Object>> announcement(Step step,
                                                     @Valid @RequestBody(required = false) AnnouncementRequest body) {
        LocalDate on = orToday(body == null ? null : body.announcedOn());
        return send(step, null, v -> new AnnounceRating(step.reviewId(), v, on));
    }

    @PostMapping("/reviews/{id}/discipline")
    ResponseEntity<Map<String, Object>> discipline(Step step, @Valid @RequestBody DisciplineRequest body) {
        if (body.violationOn() != null && body.violationOn().isAfter(body.imposedOn())) {
            throw RuleViolation.invalid("violationOn", "VIOLATION_AFTER_DISCIPLINE", "violationOn", body.violationOn(),
                    "imposedOn", body.imposedOn());
        }
        return send(step, null, v -> new RecordDiscipline(step.reviewId(), v, body.imposedOn(), body.form(),
                body.selfDiscovered(), body.remedied(), body.violationOn(),
                body.dutyRelated() == null || body.dutyRelated()));
    }

    @PostMapping("/reviews/{id}/earlier-shortcomings")
    ResponseEntity<Map<String, Object>> earlierShortcomings(Step step, @Valid @RequestBody ShortcomingsRequest body) {
        return send(step, null, v -> new RecordEarlierShortcomings(step.reviewId(), v, body.found(), body.remedied(),
                body.note()));
    }

    @PostMapping("/reviews/{id}/leave")
    ResponseEntity<Map<String, Object>> leave(Step step, @Valid @RequestBody LeaveRequest body) {
        return send(step, null, v -> new RecordLeave(step.reviewId(), v, body.startedOn(), body.endedOn(), body.kind()));
    }

    @PostMapping("/reviews/{id}/exemption")
    ResponseEntity<Map<String, Object>> exemption(Step step, @Valid @RequestBody ExemptionRequest body) {
        return send(step, body.reason().name(), v -> new ExemptReview(step.reviewId(), v, body.reason(), body.note()));
    }

    @PostMapping("/reviews/{id}/civil-servant-rating")
    ResponseEntity<Map<String, Object>> civilServantRating(Step step,
                                                           @Valid @RequestBody CivilServantRatingRequest body) {
        return send(step, null, v -> new RecordCivilServantRating(step.reviewId(), v, body.rating(),
                orToday(body.ratedOn())));
    }

    @PostMapping("/reviews/{id}/extensions")
    ResponseEntity<Map<String, Object>> extension(Step step, @Valid @RequestBody ExtensionRequest body) {
        return send(step, body.reason(), v -> new ExtendDeadline(step.reviewId(), v, body.stage(), body.newDueDate(),
                body.reason()));
    }

    @PostMapping("/reviews/{id}/complaints")
    ResponseEntity<Map<String, Object>> complaint(Step step, @Valid @RequestBody ComplaintRequest body) {
        String complaintId = UUID.randomUUID().toString();
        long version = sender.send(new LodgeComplaint(step.reviewId(), step.expectedVersion(), complaintId,
                body.lodgedBy(), body.content(), orToday(body.lodgedOn())), step.request(), null,
                step.waitForReadModels());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reviewId", step.reviewId());
        answer.put("complaintId", complaintId);
        answer.put("version", version);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(version)).body(answer);
    }

    @PostMapping("/reviews/{id}/complaints/{complaintId}/resolution")
    ResponseEntity<Map<String, Object>> resolution(Step step, @PathVariable String complaintId,
                                                   @Valid @RequestBody ResolutionRequest body) {
        return send(step, body.reason(), v -> new ResolveComplaint(step.reviewId(), v, complaintId, body.outcome(),
                body.reason()));
    }

    @PostMapping("/reviews/{id}/reclassification")
    ResponseEntity<Map<String, Object>> reclassification(Step step, @Valid @RequestBody ReclassificationRequest body) {
        return send(step, body.reason(), v -> new ReclassifyRating(step.reviewId(), v, body.rating(),
                body.decisionNo(), body.reason(), body.score()));
    }

    @PostMapping("/reviews/{id}/remediation")
    ResponseEntity<Map<String, Object>> remediation(Step step, @Valid @RequestBody RemediationRequest body) {
        return send(step, null, v -> new SetRemediationPlan(step.reviewId(), v, body.plan(), body.dueOn()));
    }

    @PostMapping("/reviews/{id}/close")
    ResponseEntity<Map<String, Object>> close(Step step, @Valid @RequestBody(required = false) CloseRequest body) {
        String reason = body == null ? null : body.reason();
        return send(step, reason, v -> new CloseReview(step.reviewId(), v, reason));
    }
}
