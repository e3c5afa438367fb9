package vn.reviewledger.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import vn.reviewledger.command.cycle.RatingChange;
import vn.reviewledger.command.deadline.DeadlinePlan;
import vn.reviewledger.command.deadline.Notice;
import vn.reviewledger.command.deadline.Owed;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.command.deadline.StageDeadline;
import vn.reviewledger.command.rules.Actor;
import vn.reviewledger.command.rules.RuleSet;
import vn.reviewledger.command.rules.ScopeRule;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewCommands.*;
import vn.reviewledger.kernel.review.ReviewEvents.*;

/**
 * One review of one subject in one cycle at one place of review: the procedure, one handler per
 * step. Each checks the rules of its step against the rule set pinned when the review opened, then
 * applies one event; what the events leave behind is folded by {@link ReviewState}. Nothing is
 * overwritten: a correction is a new event (a reclassification names the decision it replaces).
 *
 * <p>Opening, deciding, exempting and recording a discipline involve the cycle as well, so they
 * arrive through {@link ReviewOpening}, {@link RatingDecisions}, {@link ReviewExemption} and
 * {@link DisciplineRecording}; the aggregate offers them package-private methods. A step that
 * changes the step owed moves its deadline through {@link ReviewDeadlines}.
 */
@Aggregate(snapshotTriggerDefinition = "reviewSnapshotTrigger", cache = "reviewCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Review {

    @AggregateIdentifier
    private String reviewId;
    /** Unwrapped, so a snapshot keeps the shape it had when these fields were the aggregate's own. */
    @JsonUnwrapped
    private ReviewState state = new ReviewState();

    Review() {
        // for Axon and for snapshots
    }

    /** Stage 0, through {@link ReviewOpening}, which supplies what the cycle says of this review. */
    Review(ReviewOpened opened, ReviewDeadlines deadlines) {
        // In a constructor Axon applies events once it returns; andThen runs on the state they built.
        apply(opened).andThen(() -> {
            if (!state.subject.kind().isCollective() && state.rules().admission.admittedTooRecently(
                    opened.admittedOn(), opened.cycleOpensOn())) {
                apply(new ReviewExempted(reviewId, ExemptionReason.ADMITTED_UNDER_6_MONTHS,
                        "Kết nạp ngày " + opened.admittedOn()));
            } else {
                deadlines.move(reviewId, null, state.owed(), null);
            }
        });
    }

    /** Applies an event that leaves the step owed as it is; answers the review's new version. */
    private long append(ReviewEvent event) {
        apply(event);
        Long version = AggregateLifecycle.getVersion();
        return version == null ? 0 : version;
    }

    /** Applies an event that may change the step owed or its due date, whose deadline follows. */
    private long advance(ReviewEvent event, ReviewDeadlines deadlines) {
        Owed before = state.owed();
        long version = append(event);
        deadlines.move(reviewId, before, state.owed(), state.legacyDeadlines);
        return version;
    }

    /** Where the review stands, for the handlers that also involve the cycle. */
    ReviewState state() {
        return state;
    }

    // ---- scope --------------------------------------------------------------------------------

    /**
     * Every command this aggregate handles passes here first: the sender's role and units (from the
     * command's metadata) must reach this review's unit, or nothing is applied. Commands handled
     * outside the aggregate (decisions, exemption, discipline) call {@link #requireScope} themselves.
     */
    @CommandHandlerInterceptor
    void checkScope(CommandMessage<?> command) {
        requireScope(Actor.from(command.getMetaData()));
    }

    void requireScope(Actor actor) {
        ScopeRule.requireUnit(actor, state.unitPath);
    }

    // ---- stage 1 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(SubmitSelfReview cmd, ReviewDeadlines deadlines) {
        RuleSet rules = state.rules();
        rules.stageOrder.require(state.stage, Stage.OPENED);
        // Under a points rule set the self-rating is what the self-score reaches.
        Rating selfRating = rules.checkSelfReview(state.subject.kind(), state.leadershipPost,
                state.outsidePoliticalSystem, cmd.form(), cmd.selfRating(), cmd.selfScore());
        return advance(new SelfReviewSubmitted(reviewId, cmd.form(), selfRating, cmd.selfScore(), cmd.summary(),
                cmd.submittedOn()), deadlines);
    }

    // ---- stage 2 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(RecordOpinion cmd) {
        state.rules().stageOrder.require(state.stage, Stage.OPENED, Stage.SELF_REVIEW_SUBMITTED);
        return append(new OpinionRecorded(reviewId, cmd.opinionId(), cmd.source(), cmd.authorName(),
                cmd.authorBody(), cmd.content()));
    }

    @CommandHandler
    long handle(CloseOpinionCollection cmd, ReviewDeadlines deadlines) {
        RuleSet rules = state.rules();
        rules.stageOrder.require(state.stage, Stage.SELF_REVIEW_SUBMITTED);
        rules.checkOpinionsComplete(state.subject.kind(), state.outsidePoliticalSystem, state.opinionSources);
        return advance(new OpinionCollectionClosed(reviewId, state.opinionSources()), deadlines);
    }

    // ---- stage 3 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(HoldMeeting cmd, ReviewDeadlines deadlines, WorkingDayCalendar calendar) {
        RuleSet rules = state.rules();
        rules.stageOrder.require(state.stage, Stage.OPINIONS_COLLECTED);
        rules.checkMeeting(cmd.eligible(), cmd.present(), cmd.absentWithReason());
        rules.meetingDate.check(cmd.heldOn(), state.selfReviewSubmittedOn);
        if (state.form == SelfReviewForm.F01 && state.selfReviewSubmittedOn != null) {
            // For a collective, "submitted" is the day the draft report went out to the members.
            rules.draftCirculation.check(state.selfReviewSubmittedOn, cmd.heldOn(), calendar);
        }
        return advance(new ReviewMeetingHeld(reviewId, cmd.heldOn(), cmd.eligible(), cmd.present(),
                cmd.absentWithReason(), cmd.minutes()), deadlines);
    }

    // ---- stage 4 ------------------------------------------------------------------------------

    /** Answers the outcome; an inconclusive vote is recorded and the review waits for a re-vote. */
    @CommandHandler
    VoteResult handle(HoldVote cmd, ReviewDeadlines deadlines) {
        RuleSet rules = state.rules();
        rules.stageOrder.require(state.stage, Stage.MEETING_HELD);
        rules.voteAgainstMeeting.check(cmd.eligible(), cmd.present(), state.meetingEligible, state.meetingPresent);
        int round = state.voteRounds + 1;
        Map<Rating, Integer> votes = new EnumMap<>(Rating.class);
        votes.putAll(cmd.votes() == null ? Map.of() : cmd.votes());
        var outcome = rules.countVote(state.meetingEligible, state.meetingPresent, votes);
        long version = outcome.isPresent()
                ? advance(new VoteHeld(reviewId, round, cmd.method(), state.meetingEligible, state.meetingPresent,
                        votes, outcome.get()), deadlines)
                : append(new VoteInconclusive(reviewId, round, cmd.method(), state.meetingEligible,
                        state.meetingPresent, votes));
        return new VoteResult(outcome.orElse(null), outcome.isEmpty(), round, version);
    }

    // ---- stage 5 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(ProposeRating cmd, ReviewDeadlines deadlines) {
        RuleSet rules = state.rules();
        rules.stageOrder.require(state.stage, Stage.VOTED);
        rules.checkProposal(state.ratingContext(cmd.score(), cmd.reason()), cmd.rating(), state.voteOutcome);
        return advance(new RatingProposed(reviewId, cmd.rating(), cmd.score(), state.voteOutcome, cmd.reason()),
                deadlines);
    }

    // ---- stage 6 (through RatingDecisions) ----------------------------------------------------------

    /**
     * Checks this review's own rules for a decision and applies it; the caller hands the returned
     * change to the cycle, which checks the rules across reviews in the same unit of work.
     */
    RatingChange decide(Rating rating, String decisionNo, LocalDate decidedOn, Integer score, String reason,
                        ReviewDeadlines deadlines) {
        RuleSet rules = state.rules();
        rules.stageOrder.require(state.stage, Stage.PROPOSED);
        rules.complaints.checkDecision(state.openComplaints());
        // Under a points rule set the decision carries a score: the one given, else the proposal's;
        // confirming the proposal, it carries the proposal's reason too unless it gives its own.
        Integer decided = rules.usesScores() ? (score != null ? score : state.proposedScore) : null;
        boolean confirms = rating == state.proposedRating && (score == null || score.equals(state.proposedScore));
        String why = reason == null && confirms ? state.proposalReason : reason;
        rules.checkRating(state.ratingContext(decided, why), rating);
        advance(new RatingDecided(reviewId, state.quotaGroupId, rating, decisionNo, decidedOn, decided, reason),
                deadlines);
        return state.change(reviewId, null, rating);
    }

    // ---- stage 7 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(AnnounceRating cmd, ReviewDeadlines deadlines) {
        state.rules().stageOrder.require(state.stage, Stage.DECIDED);
        return advance(new RatingAnnounced(reviewId, cmd.announcedOn()), deadlines);
    }

    // ---- facts of the year that bear on the rating ------------------------------------------------

    /**
     * Records a discipline and answers what follows beyond this review (the rule set's discipline
     * rule says which year it bears on), for {@link DisciplineRecording} to carry out.
     */
    DisciplineEffect recordDiscipline(RecordDiscipline cmd) {
        RuleSet rules = state.rules();
        rules.stageOrder.requireOpen(state.stage);
        DisciplineRecorded recorded = new DisciplineRecorded(reviewId, cmd.imposedOn(), cmd.form(),
                cmd.selfDiscovered(), cmd.remedied(), cmd.violationOn(), cmd.dutyRelated());
        apply(recorded);
        Integer rerate = rules.earlierYearFault == null ? null : rules.earlierYearFault.yearToRerate(recorded, state.year);
        return new DisciplineEffect(rules.discipline.bearsOn(recorded, state.year), rerate, recorded);
    }

    /** Art. 12 §4.5: a later review recorded a discipline for a fault of this review's year. */
    void requestRerating(String disciplineReviewId, DisciplineRecorded d) {
        apply(new ReratingRequested(reviewId, disciplineReviewId, d.faultOn(), d.imposedOn(), d.form()));
    }

    @CommandHandler
    long handle(RecordEarlierShortcomings cmd) {
        RuleSet rules = state.rules();
        rules.stageOrder.requireOpen(state.stage);
        rules.excellentConditions.checkRecord(state.stage, cmd.found(), cmd.remedied());
        return append(new EarlierShortcomingsRecorded(reviewId, cmd.found(), cmd.remedied(), cmd.note()));
    }

    @CommandHandler
    long handle(RecordLeave cmd) {
        RuleSet rules = state.rules();
        rules.stageOrder.requireOpen(state.stage);
        rules.leaveDates.check(cmd.startedOn(), cmd.endedOn());
        return append(new LeaveRecorded(reviewId, cmd.startedOn(), cmd.endedOn(), cmd.kind()));
    }

    @CommandHandler
    long handle(RecordCivilServantRating cmd) {
        RuleSet rules = state.rules();
        rules.stageOrder.requireOpen(state.stage);
        rules.civilServant.checkRecording(state.subject.kind(), state.civilServant, state.subject.name(), state.stage);
        return append(new CivilServantRatingRecorded(reviewId, cmd.rating(), cmd.ratedOn()));
    }

    /** Through {@link ReviewExemption}, which tells the cycle: an exempted review never blocks another. */
    void exempt(ExemptReview cmd, ReviewDeadlines deadlines) {
        state.rules().exemption.check(state.subject.kind(), cmd.reason(), state.stage);
        advance(new ReviewExempted(reviewId, cmd.reason(), cmd.note()), deadlines);
    }

    @CommandHandler
    long handle(ExtendDeadline cmd, ReviewDeadlines deadlines) {
        RuleSet rules = state.rules();
        rules.stageOrder.requireOpen(state.stage);
        LocalDate previous = state.dueDates.get(cmd.stage());
        rules.extension.check(cmd.stage(), cmd.newDueDate(), state.stage, previous);
        // Only an extension of the step owed moves its deadline; advance sees that by itself.
        return advance(new DeadlineExtended(reviewId, cmd.stage(), previous, cmd.newDueDate(), cmd.reason()),
                deadlines);
    }

    // ---- after the decision -----------------------------------------------------------------------

    @CommandHandler
    long handle(LodgeComplaint cmd) {
        state.rules().complaints.checkLodging(state.stage);
        return append(new ComplaintLodged(reviewId, cmd.complaintId(), cmd.lodgedBy(), cmd.content(), cmd.lodgedOn()));
    }

    @CommandHandler
    long handle(ResolveComplaint cmd) {
        state.rules().complaints.checkResolution(cmd.complaintId(), state.complaintsOpen.get(cmd.complaintId()));
        return append(new ComplaintResolved(reviewId, cmd.complaintId(), cmd.outcome(), cmd.reason()));
    }

    /**
     * 124 Art. 13, 366 Art. 15 §3: a new decision by the competent level, at any time after the
     * decision — after close too; the replaced decision stays on record.
     */
    RatingChange reclassify(ReclassifyRating cmd, Actor actor) {
        RuleSet rules = state.rules();
        Integer score = rules.usesScores() ? cmd.score() : null;
        Rating previous = state.decidedRating;
        rules.reclassification.check(actor, state.stage, previous, cmd.rating(), state.decidedScore, score);
        rules.checkRating(state.ratingContext(score, cmd.reason()), cmd.rating());
        apply(new RatingReclassified(reviewId, state.quotaGroupId, cmd.rating(), previous, cmd.decisionNo(),
                state.decisionNo, cmd.reason(), score, state.decidedScore));
        return state.change(reviewId, previous, cmd.rating());
    }

    @CommandHandler
    long handle(SetRemediationPlan cmd) {
        RuleSet rules = state.rules();
        rules.stageOrder.requireOpen(state.stage);
        rules.stageOrder.requireDecided(state.stage);
        return append(new RemediationPlanSet(reviewId, cmd.plan(), cmd.dueOn()));
    }

    /**
     * Ends the review: after the announcement once every complaint is resolved, or after the
     * meeting for a subject who is reviewed but not rated (Regulation 124: worked under six months).
     */
    @CommandHandler
    long handle(CloseReview cmd, ReviewDeadlines deadlines) {
        RuleSet rules = state.rules();
        Stage stage = state.stage;
        rules.stageOrder.requireOpen(stage);
        boolean notRated = stage.atLeast(Stage.MEETING_HELD) && !stage.atLeast(Stage.DECIDED)
                && !rules.ratable(state.ratingContext(null, null));
        if (!notRated) {
            rules.stageOrder.require(stage, Stage.ANNOUNCED);
        }
        rules.complaints.checkClosing(state.openComplaints());
        return advance(new ReviewClosed(reviewId, cmd.reason()), deadlines);
    }

    // ---- deadlines, raised by the persistent deadline manager ------------------------------------

    @DeadlineHandler(deadlineName = DeadlinePlan.REMINDER)
    void remind(StageDeadline d, ReviewDeadlines deadlines) {
        raise(Notice.REMINDER, d, new StageReminderDue(reviewId, d.stage(), d.dueDate()), deadlines);
    }

    @DeadlineHandler(deadlineName = DeadlinePlan.OVERDUE)
    void overdue(StageDeadline d, ReviewDeadlines deadlines) {
        raise(Notice.OVERDUE, d, new StageOverdue(reviewId, d.stage(), d.dueDate()), deadlines);
    }

    @DeadlineHandler(deadlineName = DeadlinePlan.ESCALATION)
    void escalate(StageDeadline d, DeadlinePlan plan, ReviewDeadlines deadlines) {
        raise(Notice.ESCALATION, d, new StageEscalated(reviewId, d.stage(), d.dueDate(), plan.escalateTo()), deadlines);
    }

    /** Raises the notice if the review still owes it, and schedules the next one of the same due date. */
    private void raise(Notice notice, StageDeadline fired, ReviewEvent event, ReviewDeadlines deadlines) {
        Owed owed = state.owed();
        if (owed != null && owed.stillOwes(notice, fired)) {
            apply(event, DeadlinePlan.systemMetadata(notice.deadlineName()));
            deadlines.chain(reviewId, state.owed(), state.legacyDeadlines);
        }
    }

    // ---- state ------------------------------------------------------------------------------------

    /** Every event of a review folds into its {@link ReviewState}; the identifier stays Axon's field. */
    @EventSourcingHandler
    void on(ReviewEvent event) {
        reviewId = event.reviewId();
        state.apply(event);
    }
}
