package vn.reviewledger.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.cycle.RatingChange;
import vn.reviewledger.command.deadline.DeadlinePlan;
import vn.reviewledger.command.deadline.Notice;
import vn.reviewledger.command.deadline.Owed;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.command.deadline.StageDeadline;
import vn.reviewledger.command.rules.Actor;
import vn.reviewledger.command.rules.RatingContext;
import vn.reviewledger.command.rules.RuleSet;
import vn.reviewledger.command.rules.ScopeRule;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewCommands.AnnounceRating;
import vn.reviewledger.kernel.review.ReviewCommands.CloseOpinionCollection;
import vn.reviewledger.kernel.review.ReviewCommands.CloseReview;
import vn.reviewledger.kernel.review.ReviewCommands.ExemptReview;
import vn.reviewledger.kernel.review.ReviewCommands.ExtendDeadline;
import vn.reviewledger.kernel.review.ReviewCommands.HoldMeeting;
import vn.reviewledger.kernel.review.ReviewCommands.HoldVote;
import vn.reviewledger.kernel.review.ReviewCommands.LodgeComplaint;
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
import vn.reviewledger.kernel.review.ReviewEvents.CivilServantRatingRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.ComplaintLodged;
import vn.reviewledger.kernel.review.ReviewEvents.ComplaintResolved;
import vn.reviewledger.kernel.review.ReviewEvents.DeadlineExtended;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.EarlierShortcomingsRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionCollectionClosed;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.RatingAnnounced;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingProposed;
import vn.reviewledger.kernel.review.ReviewEvents.RatingReclassified;
import vn.reviewledger.kernel.review.ReviewEvents.RemediationPlanSet;
import vn.reviewledger.kernel.review.ReviewEvents.ReratingRequested;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewClosed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewExempted;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewMeetingHeld;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;
import vn.reviewledger.kernel.review.ReviewEvents.StageDeadlinesScheduled;
import vn.reviewledger.kernel.review.ReviewEvents.StageEscalated;
import vn.reviewledger.kernel.review.ReviewEvents.StageOverdue;
import vn.reviewledger.kernel.review.ReviewEvents.StageReminderDue;
import vn.reviewledger.kernel.review.ReviewEvents.VoteHeld;
import vn.reviewledger.kernel.review.ReviewEvents.VoteInconclusive;

/**
 * One review of one subject in one cycle at one place of review. Each command handler checks the
 * rules of its step against the rule set pinned when the review opened, then applies one event;
 * each event-sourcing handler only moves state. Nothing here is overwritten: a correction is a new
 * event (a reclassification names the decision it replaces).
 *
 * <p>Opening and deciding involve the cycle as well, so they arrive through {@link ReviewOpening}
 * and {@link RatingDecisions}; the aggregate offers them package-private methods.
 */
@Aggregate(snapshotTriggerDefinition = "reviewSnapshotTrigger", cache = "reviewCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Review {

    @AggregateIdentifier
    private String reviewId;
    private String cycleId;
    private int year;
    private RuleSetId ruleSetId;
    private RuleParameters ruleParameters;
    private Subject subject;
    private String unitId;
    /** Root first, {@link #unitId} last; null for a review opened before paths were recorded. */
    private List<String> unitPath;
    private String quotaGroupId;
    private boolean leadershipPost;
    private boolean civilServant;
    private boolean headOfUnit;
    private boolean outsidePoliticalSystem;
    private Stage stage;
    private Map<Stage, LocalDate> dueDates = new EnumMap<>(Stage.class);
    private SelfReviewForm form;
    private LocalDate selfReviewSubmittedOn;
    private Set<OpinionSource> opinionSources = EnumSet.noneOf(OpinionSource.class);
    private int meetingEligible;
    private int meetingPresent;
    private int voteRounds;
    private Rating voteOutcome;
    private Rating proposedRating;
    private Integer proposedScore;
    private String proposalReason;
    private Rating decidedRating;
    private Integer decidedScore;
    private String decisionNo;
    private int shortcomingsFound;
    private int shortcomingsRemedied;
    private List<DisciplineRecorded> disciplines = new ArrayList<>();
    private List<LeaveRecorded> leaves = new ArrayList<>();
    private Rating civilServantRating;
    private Map<String, Boolean> complaintsOpen = new LinkedHashMap<>();
    /** The deadlines a review opened before one-deadline-per-review recorded; cancelled by their ids. */
    private StageDeadlinesScheduled legacyDeadlines;
    /** Deadline notices already raised, as "KIND STAGE due-date", so each is raised once. */
    private Set<String> noticesRaised = new HashSet<>();

    Review() {
        // for Axon and for snapshots
    }

    /** Stage 0, through {@link ReviewOpening}, which supplies what the cycle says of this review. */
    Review(ReviewOpened opened, ReviewDeadlines deadlines) {
        // In a constructor Axon applies events once it returns; andThen runs on the state they built.
        apply(opened).andThen(() -> {
            if (!subject.kind().isCollective() && rules().admission.admittedTooRecently(opened.admittedOn(),
                    opened.cycleOpensOn())) {
                apply(new ReviewExempted(reviewId, ExemptionReason.ADMITTED_UNDER_6_MONTHS,
                        "Kết nạp ngày " + opened.admittedOn()));
            } else {
                deadlines.move(reviewId, null, owed(), null);
            }
        });
    }

    /** Applies an event that may change the step owed or its due date; its deadline follows. */
    private void advance(Object event, ReviewDeadlines deadlines) {
        Owed before = owed();
        apply(event);
        deadlines.move(reviewId, before, owed(), legacyDeadlines);
    }

    /** The step owed next, its due date and the notices already raised for it; null when none is owed. */
    private Owed owed() {
        Stage next = stage == null || stage.isFinished() ? null : stage.next();
        LocalDate due = next == null ? null : dueDates.get(next);
        if (due == null) {
            return null;
        }
        Set<Notice> raised = EnumSet.noneOf(Notice.class);
        for (Notice n : Notice.values()) {
            if (noticesRaised.contains(notice(n.key(), next, due))) {
                raised.add(n);
            }
        }
        return new Owed(next, due, raised);
    }

    private RuleSet rules() {
        return RuleSet.of(ruleSetId, ruleParameters);
    }

    private long version() {
        Long v = AggregateLifecycle.getVersion();
        return v == null ? 0 : v;
    }

    RatingContext ratingContext(Integer score, String reason) {
        return new RatingContext(subject.kind(), year, disciplines, leaves, civilServant, civilServantRating, score,
                reason, shortcomingsFound - shortcomingsRemedied);
    }

    private List<String> openComplaints() {
        return complaintsOpen.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    // ---- stage 1 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(SubmitSelfReview cmd, ReviewDeadlines deadlines) {
        RuleSet rules = rules();
        rules.stageOrder.require(stage, Stage.OPENED);
        // Under a points rule set the self-rating is what the self-score reaches.
        Rating selfRating = rules.checkSelfReview(subject.kind(), leadershipPost, outsidePoliticalSystem, cmd.form(),
                cmd.selfRating(), cmd.selfScore());
        advance(new SelfReviewSubmitted(reviewId, cmd.form(), selfRating, cmd.selfScore(), cmd.summary(), cmd.submittedOn()), deadlines);
        return version();
    }

    // ---- stage 2 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(RecordOpinion cmd) {
        rules().stageOrder.require(stage, Stage.OPENED, Stage.SELF_REVIEW_SUBMITTED);
        apply(new OpinionRecorded(reviewId, cmd.opinionId(), cmd.source(), cmd.authorName(), cmd.authorBody(),
                cmd.content()));
        return version();
    }

    @CommandHandler
    long handle(CloseOpinionCollection cmd, ReviewDeadlines deadlines) {
        RuleSet rules = rules();
        rules.stageOrder.require(stage, Stage.SELF_REVIEW_SUBMITTED);
        rules.checkOpinionsComplete(subject.kind(), outsidePoliticalSystem, opinionSources);
        advance(new OpinionCollectionClosed(reviewId, EnumSet.copyOf(withNone(opinionSources))), deadlines);
        return version();
    }

    private static Set<OpinionSource> withNone(Set<OpinionSource> s) {
        return s.isEmpty() ? EnumSet.noneOf(OpinionSource.class) : s;
    }

    // ---- stage 3 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(HoldMeeting cmd, ReviewDeadlines deadlines, WorkingDayCalendar calendar) {
        RuleSet rules = rules();
        rules.stageOrder.require(stage, Stage.OPINIONS_COLLECTED);
        rules.checkMeeting(cmd.eligible(), cmd.present(), cmd.absentWithReason());
        rules.meetingDate.check(cmd.heldOn(), selfReviewSubmittedOn);
        if (form == SelfReviewForm.F01 && selfReviewSubmittedOn != null) {
            // For a collective, "submitted" is the day the draft report went out to the members.
            rules.draftCirculation.check(selfReviewSubmittedOn, cmd.heldOn(), calendar);
        }
        advance(new ReviewMeetingHeld(reviewId, cmd.heldOn(), cmd.eligible(), cmd.present(), cmd.absentWithReason(),
                cmd.minutes()), deadlines);
        return version();
    }

    // ---- stage 4 ------------------------------------------------------------------------------

    /** Answers the outcome; an inconclusive vote is recorded and the review waits for a re-vote. */
    @CommandHandler
    VoteResult handle(HoldVote cmd, ReviewDeadlines deadlines) {
        RuleSet rules = rules();
        rules.stageOrder.require(stage, Stage.MEETING_HELD);
        rules.voteAgainstMeeting.check(cmd.eligible(), cmd.present(), meetingEligible, meetingPresent);
        int round = voteRounds + 1;
        Map<Rating, Integer> votes = new EnumMap<>(Rating.class);
        votes.putAll(cmd.votes() == null ? Map.of() : cmd.votes());
        var outcome = rules.countVote(meetingEligible, meetingPresent, votes);
        if (outcome.isPresent()) {
            advance(new VoteHeld(reviewId, round, cmd.method(), meetingEligible, meetingPresent, votes, outcome.get()), deadlines);
        } else {
            apply(new VoteInconclusive(reviewId, round, cmd.method(), meetingEligible, meetingPresent, votes));
        }
        return new VoteResult(outcome.orElse(null), outcome.isEmpty(), round, version());
    }

    // ---- stage 5 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(ProposeRating cmd, ReviewDeadlines deadlines) {
        RuleSet rules = rules();
        rules.stageOrder.require(stage, Stage.VOTED);
        rules.checkProposal(ratingContext(cmd.score(), cmd.reason()), cmd.rating(), voteOutcome);
        advance(new RatingProposed(reviewId, cmd.rating(), cmd.score(), voteOutcome, cmd.reason()), deadlines);
        return version();
    }

    // ---- stage 6 (through RatingDecisions) ----------------------------------------------------------

    /**
     * Checks this review's own rules for a decision and applies it; the caller hands the returned
     * change to the cycle, which checks the rules across reviews in the same unit of work.
     */
    RatingChange decide(Rating rating, String decisionNo, LocalDate decidedOn, Integer score, String reason,
                        ReviewDeadlines deadlines) {
        RuleSet rules = rules();
        rules.stageOrder.require(stage, Stage.PROPOSED);
        rules.complaints.checkDecision(openComplaints());
        // Under a points rule set the decision carries a score: the one given, else the proposal's;
        // confirming the proposal, it carries the proposal's reason too unless it gives its own.
        Integer decided = rules.usesScores() ? (score != null ? score : proposedScore) : null;
        boolean confirms = rating == proposedRating && (score == null || score.equals(proposedScore));
        String why = reason == null && confirms ? proposalReason : reason;
        rules.checkRating(ratingContext(decided, why), rating);
        advance(new RatingDecided(reviewId, quotaGroupId, rating, decisionNo, decidedOn, decided, reason), deadlines);
        return change(null, rating);
    }

    private RatingChange change(Rating previous, Rating rating) {
        return new RatingChange(reviewId, unitId, subject.kind(), subject.name(), headOfUnit, previous, rating);
    }

    String quotaGroupId() {
        return quotaGroupId;
    }

    String cycleId() {
        return cycleId;
    }

    String unitId() {
        return unitId;
    }

    // ---- scope --------------------------------------------------------------------------------

    /**
     * Every command this aggregate handles passes here first: the sender's role and units (from the
     * command's metadata) must reach this review's unit, or nothing is applied. Commands handled
     * outside the aggregate (opening, decisions, discipline) call {@link #requireScope} themselves.
     */
    @CommandHandlerInterceptor
    void checkScope(CommandMessage<?> command, CycleDirectory cycles) {
        requireScope(Actor.from(command.getMetaData()), cycles);
    }

    void requireScope(Actor actor, CycleDirectory cycles) {
        if (actor.internal() || "ADMIN".equals(actor.role())) {
            return;
        }
        List<String> path = unitPath != null ? unitPath : cycles.unitPath(cycleId, unitId);
        ScopeRule.requireUnit(actor, path);
    }

    // ---- stage 7 ------------------------------------------------------------------------------

    @CommandHandler
    long handle(AnnounceRating cmd, ReviewDeadlines deadlines) {
        rules().stageOrder.require(stage, Stage.DECIDED);
        advance(new RatingAnnounced(reviewId, cmd.announcedOn()), deadlines);
        return version();
    }

    // ---- facts of the year that bear on the rating ------------------------------------------------

    /**
     * Records a discipline and answers what follows beyond this review, for the caller to carry
     * out in the same unit of work: whether the collectives above must answer for it (the rule set's
     * discipline rule says which year it bears on), and which earlier year to re-rate, if any.
     */
    DisciplineEffect recordDiscipline(RecordDiscipline cmd) {
        RuleSet rules = rules();
        rules.stageOrder.requireOpen(stage);
        DisciplineRecorded recorded = new DisciplineRecorded(reviewId, cmd.imposedOn(), cmd.form(), cmd.selfDiscovered(),
                cmd.remedied(), cmd.violationOn(), cmd.dutyRelated());
        apply(recorded);
        Integer rerate = rules.earlierYearFault == null ? null : rules.earlierYearFault.yearToRerate(recorded, year);
        return new DisciplineEffect(rules.discipline.bearsOn(recorded, year), rerate, recorded);
    }

    /** What a discipline recorded here means for the cycle and for an earlier year's review. */
    record DisciplineEffect(boolean bearsOnCollectives, Integer yearToRerate, DisciplineRecorded discipline) {
    }

    /** Art. 12 §4.5: a later review recorded a discipline for a fault of this review's year. */
    void requestRerating(String disciplineReviewId, DisciplineRecorded d) {
        apply(new ReratingRequested(reviewId, disciplineReviewId, d.faultOn(), d.imposedOn(), d.form()));
    }

    Subject subject() {
        return subject;
    }

    String reviewId() {
        return reviewId;
    }

    @CommandHandler
    long handle(RecordEarlierShortcomings cmd) {
        RuleSet rules = rules();
        rules.stageOrder.requireOpen(stage);
        rules.excellentConditions.checkRecord(stage, cmd.found(), cmd.remedied());
        apply(new EarlierShortcomingsRecorded(reviewId, cmd.found(), cmd.remedied(), cmd.note()));
        return version();
    }

    @CommandHandler
    long handle(RecordLeave cmd) {
        RuleSet rules = rules();
        rules.stageOrder.requireOpen(stage);
        rules.leaveDates.check(cmd.startedOn(), cmd.endedOn());
        apply(new LeaveRecorded(reviewId, cmd.startedOn(), cmd.endedOn(), cmd.kind()));
        return version();
    }

    @CommandHandler
    long handle(RecordCivilServantRating cmd) {
        RuleSet rules = rules();
        rules.stageOrder.requireOpen(stage);
        rules.civilServant.checkRecording(subject.kind(), civilServant, subject.name(), stage);
        apply(new CivilServantRatingRecorded(reviewId, cmd.rating(), cmd.ratedOn()));
        return version();
    }

    /** Through {@link ReviewExemption}, which tells the cycle: an exempted review never blocks another. */
    void exempt(ExemptReview cmd, ReviewDeadlines deadlines) {
        rules().exemption.check(subject.kind(), cmd.reason(), stage);
        advance(new ReviewExempted(reviewId, cmd.reason(), cmd.note()), deadlines);
    }

    boolean exempted() {
        return stage == Stage.EXEMPTED;
    }

    SubjectKind kind() {
        return subject.kind();
    }

    @CommandHandler
    long handle(ExtendDeadline cmd, ReviewDeadlines deadlines) {
        RuleSet rules = rules();
        rules.stageOrder.requireOpen(stage);
        LocalDate previous = dueDates.get(cmd.stage());
        rules.extension.check(cmd.stage(), cmd.newDueDate(), stage, previous);
        // Only an extension of the step owed moves its deadline; advance sees that by itself.
        advance(new DeadlineExtended(reviewId, cmd.stage(), previous, cmd.newDueDate(), cmd.reason()), deadlines);
        return version();
    }

    // ---- after the decision -----------------------------------------------------------------------

    @CommandHandler
    long handle(LodgeComplaint cmd) {
        rules().complaints.checkLodging(stage);
        apply(new ComplaintLodged(reviewId, cmd.complaintId(), cmd.lodgedBy(), cmd.content(), cmd.lodgedOn()));
        return version();
    }

    @CommandHandler
    long handle(ResolveComplaint cmd) {
        rules().complaints.checkResolution(cmd.complaintId(), complaintsOpen.get(cmd.complaintId()));
        apply(new ComplaintResolved(reviewId, cmd.complaintId(), cmd.outcome(), cmd.reason()));
        return version();
    }

    /**
     * 124 Art. 13, 366 Art. 15 §3: a new decision by the competent level, at any time after the
     * decision — after close too; the replaced decision stays on record.
     */
    RatingChange reclassify(ReclassifyRating cmd, Actor actor) {
        RuleSet rules = rules();
        Integer score = rules.usesScores() ? cmd.score() : null;
        rules.reclassification.check(actor, stage, decidedRating, cmd.rating(), decidedScore, score);
        rules.checkRating(ratingContext(score, cmd.reason()), cmd.rating());
        Rating previous = decidedRating;
        apply(new RatingReclassified(reviewId, quotaGroupId, cmd.rating(), previous, cmd.decisionNo(), decisionNo,
                cmd.reason(), score, decidedScore));
        return change(previous, cmd.rating());
    }

    Rating decidedRating() {
        return decidedRating;
    }

    @CommandHandler
    long handle(SetRemediationPlan cmd) {
        RuleSet rules = rules();
        rules.stageOrder.requireOpen(stage);
        rules.stageOrder.requireDecided(stage);
        apply(new RemediationPlanSet(reviewId, cmd.plan(), cmd.dueOn()));
        return version();
    }

    /**
     * Ends the review: after the announcement once every complaint is resolved, or after the
     * meeting for a subject who is reviewed but not rated (Regulation 124: worked under six months).
     */
    @CommandHandler
    long handle(CloseReview cmd, ReviewDeadlines deadlines) {
        RuleSet rules = rules();
        rules.stageOrder.requireOpen(stage);
        boolean notRated = stage.atLeast(Stage.MEETING_HELD) && !stage.atLeast(Stage.DECIDED)
                && !rules.ratable(ratingContext(null, null));
        if (!notRated) {
            rules.stageOrder.require(stage, Stage.ANNOUNCED);
        }
        rules.complaints.checkClosing(openComplaints());
        advance(new ReviewClosed(reviewId, cmd.reason()), deadlines);
        return version();
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

    /** Raises the notice if it is still owed, and schedules the next one of the same due date. */
    private void raise(Notice kind, StageDeadline d, Object event, ReviewDeadlines deadlines) {
        if (stillOwed(d, kind.key())) {
            apply(event, DeadlinePlan.systemMetadata(kind.deadlineName()));
            deadlines.chain(reviewId, owed(), legacyDeadlines);
        }
    }

    /**
     * A deadline speaks only while its stage is still the next step and its due date still stands
     * (an extension or a completed step makes it stale), and only once.
     */
    private boolean stillOwed(StageDeadline d, String kind) {
        return !stage.isFinished() && d.stage() == stage.next() && d.dueDate().equals(dueDates.get(d.stage()))
                && !noticesRaised.contains(notice(kind, d.stage(), d.dueDate()));
    }

    private static String notice(String kind, Stage stage, LocalDate due) {
        return kind + " " + stage + " " + due;
    }

    // ---- state ------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ReviewOpened e) {
        reviewId = e.reviewId();
        cycleId = e.cycleId();
        year = e.year();
        ruleSetId = e.ruleSet();
        ruleParameters = e.ruleParameters();
        subject = e.subject();
        unitId = e.unitId();
        unitPath = e.unitPath() == null ? null : List.copyOf(e.unitPath());
        quotaGroupId = e.quotaGroupId();
        leadershipPost = e.leadershipPost();
        civilServant = e.civilServant();
        headOfUnit = e.headOfUnit();
        outsidePoliticalSystem = e.outsidePoliticalSystem();
        dueDates = new EnumMap<>(Stage.class);
        if (e.dueDates() != null) {
            dueDates.putAll(e.dueDates());
        }
        stage = Stage.OPENED;
    }

    @EventSourcingHandler
    void on(ReviewExempted e) {
        stage = Stage.EXEMPTED;
    }

    @EventSourcingHandler
    void on(SelfReviewSubmitted e) {
        form = e.form();
        selfReviewSubmittedOn = e.submittedOn();
        stage = Stage.SELF_REVIEW_SUBMITTED;
    }

    @EventSourcingHandler
    void on(OpinionRecorded e) {
        opinionSources = EnumSet.copyOf(withNone(opinionSources));
        opinionSources.add(e.source());
    }

    @EventSourcingHandler
    void on(OpinionCollectionClosed e) {
        stage = Stage.OPINIONS_COLLECTED;
    }

    @EventSourcingHandler
    void on(ReviewMeetingHeld e) {
        meetingEligible = e.eligible();
        meetingPresent = e.present();
        stage = Stage.MEETING_HELD;
    }

    @EventSourcingHandler
    void on(VoteHeld e) {
        voteRounds = e.round();
        voteOutcome = e.outcome();
        stage = Stage.VOTED;
    }

    @EventSourcingHandler
    void on(VoteInconclusive e) {
        voteRounds = e.round();
    }

    @EventSourcingHandler
    void on(RatingProposed e) {
        proposedRating = e.rating();
        proposedScore = e.score();
        proposalReason = e.reason();
        stage = Stage.PROPOSED;
    }

    @EventSourcingHandler
    void on(RatingDecided e) {
        decidedRating = e.rating();
        decidedScore = e.score();
        decisionNo = e.decisionNo();
        stage = Stage.DECIDED;
    }

    @EventSourcingHandler
    void on(RatingAnnounced e) {
        stage = Stage.ANNOUNCED;
    }

    @EventSourcingHandler
    void on(DisciplineRecorded e) {
        disciplines = new ArrayList<>(disciplines);
        disciplines.add(e);
    }

    @EventSourcingHandler
    void on(LeaveRecorded e) {
        leaves = new ArrayList<>(leaves);
        leaves.add(e);
    }

    @EventSourcingHandler
    void on(CivilServantRatingRecorded e) {
        civilServantRating = e.rating();
    }

    @EventSourcingHandler
    void on(DeadlineExtended e) {
        dueDates.put(e.stage(), e.newDueDate());
    }

    @EventSourcingHandler
    void on(ComplaintLodged e) {
        complaintsOpen.put(e.complaintId(), true);
    }

    @EventSourcingHandler
    void on(ComplaintResolved e) {
        complaintsOpen.put(e.complaintId(), false);
    }

    @EventSourcingHandler
    void on(RatingReclassified e) {
        decidedRating = e.rating();
        if (e.score() != null) {
            decidedScore = e.score();
        }
        decisionNo = e.decisionNo();
    }

    @EventSourcingHandler
    void on(EarlierShortcomingsRecorded e) {
        shortcomingsFound = e.found();
        shortcomingsRemedied = e.remedied();
    }

    @EventSourcingHandler
    void on(ReviewClosed e) {
        stage = Stage.CLOSED;
    }

    @EventSourcingHandler
    void on(StageDeadlinesScheduled e) {
        legacyDeadlines = e;
    }

    @EventSourcingHandler
    void on(StageReminderDue e) {
        noticesRaised.add(notice("REMINDER", e.stage(), e.dueDate()));
    }

    @EventSourcingHandler
    void on(StageOverdue e) {
        noticesRaised.add(notice("OVERDUE", e.stage(), e.dueDate()));
    }

    @EventSourcingHandler
    void on(StageEscalated e) {
        noticesRaised.add(notice("ESCALATED", e.stage(), e.dueDate()));
    }
}
