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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
import vn.reviewledger.command.web.Requests.VoteRequest;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.common.Subject;
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
import vn.reviewledger.kernel.review.ReviewCommands.RecordCivilServantRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordDiscipline;
import vn.reviewledger.kernel.review.ReviewCommands.RecordLeave;
import vn.reviewledger.kernel.review.ReviewCommands.RecordOpinion;
import vn.reviewledger.kernel.review.ReviewCommands.ReclassifyRating;
import vn.reviewledger.kernel.review.ReviewCommands.ResolveComplaint;
import vn.reviewledger.kernel.review.ReviewCommands.SetRemediationPlan;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;
import vn.reviewledger.kernel.review.ReviewCommands.VoteResult;

/**
 * The review commands of API.md. Each method only translates HTTP into one command: path and
 * {@code If-Match} give the review and the version the sender saw; the authenticated user gives the
 * actor; the body gives the facts. Rules live in the aggregates, never here.
 */
@RestController
@RequestMapping("/api")
class ReviewCommandController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

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
                body.leadershipPost(), body.civilServant(), body.headOfUnit(), body.admittedOn()), request, null, wait);
        return ResponseEntity.created(URI.create("/api/reviews/" + reviewId)).body(Map.of("reviewId", reviewId));
    }

    @PostMapping("/reviews/{id}/self-review")
    ResponseEntity<Map<String, Object>> selfReview(@PathVariable String id, @Valid @RequestBody SelfReviewRequest body,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   @RequestParam(defaultValue = "false") boolean wait,
                                                   HttpServletRequest request) {
        long v = sender.send(new SubmitSelfReview(id, IfMatch.version(ifMatch), body.form(), body.selfRating(),
                body.selfScore(), body.summary(), orToday(body.submittedOn())), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/opinions")
    ResponseEntity<Map<String, Object>> opinion(@PathVariable String id, @Valid @RequestBody OpinionRequest body,
                                                @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                @RequestParam(defaultValue = "false") boolean wait,
                                                HttpServletRequest request) {
        long v = sender.send(new RecordOpinion(id, IfMatch.version(ifMatch), UUID.randomUUID().toString(),
                body.source(), body.author(), body.content()), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/opinions/close")
    ResponseEntity<Map<String, Object>> closeOpinions(@PathVariable String id,
                                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                      @RequestParam(defaultValue = "false") boolean wait,
                                                      HttpServletRequest request) {
        long v = sender.send(new CloseOpinionCollection(id, IfMatch.version(ifMatch)), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/meeting")
    ResponseEntity<Map<String, Object>> meeting(@PathVariable String id, @Valid @RequestBody MeetingRequest body,
                                                @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                @RequestParam(defaultValue = "false") boolean wait,
                                                HttpServletRequest request) {
        int absent = body.absentWithReason() == null ? 0 : body.absentWithReason();
        long v = sender.send(new HoldMeeting(id, IfMatch.version(ifMatch), body.heldOn(), body.eligible(),
                body.present(), absent, body.minutes()), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/vote")
    ResponseEntity<Map<String, Object>> vote(@PathVariable String id, @Valid @RequestBody VoteRequest body,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             @RequestParam(defaultValue = "false") boolean wait,
                                             HttpServletRequest request) {
        VoteResult result = sender.send(new HoldVote(id, IfMatch.version(ifMatch), body.method(), body.eligible(),
                body.present(), body.votes()), request, null, wait);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reviewId", id);
        answer.put("outcome", result.outcome());
        answer.put("revoteRequired", result.revoteRequired());
        answer.put("round", result.round());
        answer.put("version", result.version());
        return ResponseEntity.ok().eTag(IfMatch.etag(result.version())).body(answer);
    }

    @PostMapping("/reviews/{id}/proposal")
    ResponseEntity<Map<String, Object>> proposal(@PathVariable String id, @Valid @RequestBody ProposalRequest body,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @RequestParam(defaultValue = "false") boolean wait,
                                                 HttpServletRequest request) {
        long v = sender.send(new ProposeRating(id, IfMatch.version(ifMatch), body.rating(), body.score(),
                body.reason()), request, body.reason(), wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/decision")
    ResponseEntity<Map<String, Object>> decision(@PathVariable String id, @Valid @RequestBody DecisionRequest body,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @RequestParam(defaultValue = "false") boolean wait,
                                                 HttpServletRequest request) {
        long v = sender.send(new DecideRating(id, IfMatch.version(ifMatch), body.rating(), body.decisionNo(),
                orToday(body.decidedOn())), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/cycles/{cycleId}/decisions")
    ResponseEntity<Map<String, Object>> batchDecision(@PathVariable String cycleId,
                                                      @Valid @RequestBody BatchDecisionRequest body,
                                                      @RequestParam(defaultValue = "false") boolean wait,
                                                      HttpServletRequest request) {
        List<DecideRatingsInGroup.Entry> entries = body.entries().stream()
                .map(e -> new DecideRatingsInGroup.Entry(e.reviewId(), e.rating())).toList();
        int decided = sender.send(new DecideRatingsInGroup(cycleId, body.quotaGroupId(), body.decisionNo(),
                orToday(body.decidedOn()), entries), request, null, wait);
        return ResponseEntity.ok(Map.of("cycleId", cycleId, "quotaGroupId", body.quotaGroupId(), "decided", decided));
    }

    @PostMapping("/reviews/{id}/announcement")
    ResponseEntity<Map<String, Object>> announcement(@PathVariable String id,
                                                     @Valid @RequestBody(required = false) AnnouncementRequest body,
                                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                     @RequestParam(defaultValue = "false") boolean wait,
                                                     HttpServletRequest request) {
        LocalDate on = orToday(body == null ? null : body.announcedOn());
        long v = sender.send(new AnnounceRating(id, IfMatch.version(ifMatch), on), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/discipline")
    ResponseEntity<Map<String, Object>> discipline(@PathVariable String id, @Valid @RequestBody DisciplineRequest body,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   @RequestParam(defaultValue = "false") boolean wait,
                                                   HttpServletRequest request) {
        long v = sender.send(new RecordDiscipline(id, IfMatch.version(ifMatch), body.imposedOn(), body.form(),
                body.selfDiscovered(), body.remedied()), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/leave")
    ResponseEntity<Map<String, Object>> leave(@PathVariable String id, @Valid @RequestBody LeaveRequest body,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @RequestParam(defaultValue = "false") boolean wait,
                                              HttpServletRequest request) {
        long v = sender.send(new RecordLeave(id, IfMatch.version(ifMatch), body.startedOn(), body.endedOn(),
                body.kind()), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/exemption")
    ResponseEntity<Map<String, Object>> exemption(@PathVariable String id, @Valid @RequestBody ExemptionRequest body,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  @RequestParam(defaultValue = "false") boolean wait,
                                                  HttpServletRequest request) {
        long v = sender.send(new ExemptReview(id, IfMatch.version(ifMatch), body.reason(), body.note()), request,
                body.reason().name(), wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/civil-servant-rating")
    ResponseEntity<Map<String, Object>> civilServantRating(@PathVariable String id,
                                                           @Valid @RequestBody CivilServantRatingRequest body,
                                                           @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                           @RequestParam(defaultValue = "false") boolean wait,
                                                           HttpServletRequest request) {
        long v = sender.send(new RecordCivilServantRating(id, IfMatch.version(ifMatch), body.rating(),
                orToday(body.ratedOn())), request, null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/extensions")
    ResponseEntity<Map<String, Object>> extension(@PathVariable String id, @Valid @RequestBody ExtensionRequest body,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  @RequestParam(defaultValue = "false") boolean wait,
                                                  HttpServletRequest request) {
        long v = sender.send(new ExtendDeadline(id, IfMatch.version(ifMatch), body.stage(), body.newDueDate(),
                body.reason()), request, body.reason(), wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/complaints")
    ResponseEntity<Map<String, Object>> complaint(@PathVariable String id, @Valid @RequestBody ComplaintRequest body,
                                                  @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  @RequestParam(defaultValue = "false") boolean wait,
                                                  HttpServletRequest request) {
        String complaintId = UUID.randomUUID().toString();
        long v = sender.send(new LodgeComplaint(id, IfMatch.version(ifMatch), complaintId, body.lodgedBy(),
                body.content(), orToday(body.lodgedOn())), request, null, wait);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reviewId", id);
        answer.put("complaintId", complaintId);
        answer.put("version", v);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(v)).body(answer);
    }

    @PostMapping("/reviews/{id}/complaints/{complaintId}/resolution")
    ResponseEntity<Map<String, Object>> resolution(@PathVariable String id, @PathVariable String complaintId,
                                                   @Valid @RequestBody ResolutionRequest body,
                                                   @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   @RequestParam(defaultValue = "false") boolean wait,
                                                   HttpServletRequest request) {
        long v = sender.send(new ResolveComplaint(id, IfMatch.version(ifMatch), complaintId, body.outcome(),
                body.reason()), request, body.reason(), wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/reclassification")
    ResponseEntity<Map<String, Object>> reclassification(@PathVariable String id,
                                                         @Valid @RequestBody ReclassificationRequest body,
                                                         @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                         @RequestParam(defaultValue = "false") boolean wait,
                                                         HttpServletRequest request) {
        long v = sender.send(new ReclassifyRating(id, IfMatch.version(ifMatch), body.rating(), body.decisionNo(),
                body.reason()), request, body.reason(), wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/remediation")
    ResponseEntity<Map<String, Object>> remediation(@PathVariable String id, @Valid @RequestBody RemediationRequest body,
                                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                    @RequestParam(defaultValue = "false") boolean wait,
                                                    HttpServletRequest request) {
        long v = sender.send(new SetRemediationPlan(id, IfMatch.version(ifMatch), body.plan(), body.dueOn()), request,
                null, wait);
        return ack(id, v);
    }

    @PostMapping("/reviews/{id}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String id,
                                              @Valid @RequestBody(required = false) CloseRequest body,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @RequestParam(defaultValue = "false") boolean wait,
                                              HttpServletRequest request) {
        String reason = body == null ? null : body.reason();
        long v = sender.send(new CloseReview(id, IfMatch.version(ifMatch), reason), request, reason, wait);
        return ack(id, v);
    }
}
