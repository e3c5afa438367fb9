package vn.reviewledger.command.review;

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
import vn.reviewledger.command.cycle.RatingChange;
import vn.reviewledger.command.deadline.Notice;
import vn.reviewledger.command.deadline.Owed;
import vn.reviewledger.command.rules.RatingContext;
import vn.reviewledger.command.rules.RuleSet;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.SubjectKind;
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
import vn.reviewledger.kernel.review.ReviewEvents.ReviewClosed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
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
 * What a {@link Review} remembers of its events: the fold, and nothing else. {@link #apply} only
 * moves state; the checks are the aggregate's. Events that change nothing a later check reads
 * (a re-rating request, a remediation plan) pass through untouched.
 *
 * <p>The aggregate snapshots with its state unwrapped, so a snapshot holds these fields by their
 * names at its top level; a renamed field would not load from an older snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ReviewState {

    String cycleId;
    int year;
    RuleSetId ruleSetId;
    RuleParameters ruleParameters;
    Subject subject;
    String unitId;
    /** Root first, {@link #unitId} last. */
    List<String> unitPath;
    String quotaGroupId;
    boolean leadershipPost;
    boolean civilServant;
    boolean headOfUnit;
    boolean outsidePoliticalSystem;
    Stage stage;
    Map<Stage, LocalDate> dueDates = new EnumMap<>(Stage.class);
    SelfReviewForm form;
    LocalDate selfReviewSubmittedOn;
    Set<OpinionSource> opinionSources = EnumSet.noneOf(OpinionSource.class);
    int meetingEligible;
    int meetingPresent;
    int voteRounds;
    Rating voteOutcome;
    Rating proposedRating;
    Integer proposedScore;
    String proposalReason;
    Rating decidedRating;
    Integer decidedScore;
    String decisionNo;
    int shortcomingsFound;
    int shortcomingsRemedied;
    List<DisciplineRecorded> disciplines = new ArrayList<>();
    List<LeaveRecorded> leaves = new ArrayList<>();
    Rating civilServantRating;
    Map<String, Boolean> complaintsOpen = new LinkedHashMap<>();
    /** The deadlines a review opened before one-deadline-per-review recorded; cancelled by their ids. */
    StageDeadlinesScheduled legacyDeadlines;
    /** Deadline notices already raised ({@link Notice#keyFor}), so each is raised once. */
    Set<String> noticesRaised = new HashSet<>();

    void apply(ReviewEvent event) {
        if (event instanceof ReviewOpened e) {
            opened(e);
        } else if (event instanceof ReviewExempted) {
            stage = Stage.EXEMPTED;
        } else if (event instanceof SelfReviewSubmitted e) {
            form = e.form();
            selfReviewSubmittedOn = e.submittedOn();
            stage = Stage.SELF_REVIEW_SUBMITTED;
        } else if (event instanceof OpinionRecorded e) {
            opinionSources = opinionSources();
            opinionSources.add(e.source());
        } else if (event instanceof OpinionCollectionClosed) {
            stage = Stage.OPINIONS_COLLECTED;
        } else if (event instanceof ReviewMeetingHeld e) {
            meetingEligible = e.eligible();
            meetingPresent = e.present();
            stage = Stage.MEETING_HELD;
        } else if (event instanceof VoteHeld e) {
            voteRounds = e.round();
            voteOutcome = e.outcome();
            stage = Stage.VOTED;
        } else if (event instanceof VoteInconclusive e) {
            voteRounds = e.round();
        } else if (event instanceof RatingProposed e) {
            proposedRating = e.rating();
            proposedScore = e.score();
            proposalReason = e.reason();
            stage = Stage.PROPOSED;
        } else if (event instanceof RatingDecided e) {
            decidedRating = e.rating();
            decidedScore = e.score();
            decisionNo = e.decisionNo();
            stage = Stage.DECIDED;
        } else if (event instanceof RatingAnnounced) {
            stage = Stage.ANNOUNCED;
        } else if (event instanceof ReviewClosed) {
            stage = Stage.CLOSED;
        } else if (event instanceof RatingReclassified e) {
            decidedRating = e.rating();
            if (e.score() != null) {
                decidedScore = e.score();
            }
            decisionNo = e.decisionNo();
        } else {
            fact(event);
        }
    }

    private void opened(ReviewOpened e) {
        cycleId = e.cycleId();
        year = e.year();
        ruleSetId = e.ruleSet();
        ruleParameters = e.ruleParameters();
        subject = e.subject();
        unitId = e.unitId();
        unitPath = e.unitPath();
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

    /** Facts beside the steps: of the year, of complaints, and of deadlines. */
    private void fact(ReviewEvent event) {
        if (event instanceof DisciplineRecorded e) {
            disciplines = new ArrayList<>(disciplines);
            disciplines.add(e);
        } else if (event instanceof LeaveRecorded e) {
            leaves = new ArrayList<>(leaves);
            leaves.add(e);
        } else if (event instanceof CivilServantRatingRecorded e) {
            civilServantRating = e.rating();
        } else if (event instanceof EarlierShortcomingsRecorded e) {
            shortcomingsFound = e.found();
            shortcomingsRemedied = e.remedied();
        } else if (event instanceof ComplaintLodged e) {
            complaintsOpen.put(e.complaintId(), true);
        } else if (event instanceof ComplaintResolved e) {
            complaintsOpen.put(e.complaintId(), false);
        } else if (event instanceof DeadlineExtended e) {
            dueDates.put(e.stage(), e.newDueDate());
        } else if (event instanceof StageDeadlinesScheduled e) {
            legacyDeadlines = e;
        } else if (event instanceof StageReminderDue e) {
            noticesRaised.add(Notice.REMINDER.keyFor(e.stage(), e.dueDate()));
        } else if (event instanceof StageOverdue e) {
            noticesRaised.add(Notice.OVERDUE.keyFor(e.stage(), e.dueDate()));
        } else if (event instanceof StageEscalated e) {
            noticesRaised.add(Notice.ESCALATION.keyFor(e.stage(), e.dueDate()));
        }
    }

    RuleSet rules() {
        return RuleSet.of(ruleSetId, ruleParameters);
    }

    RatingContext ratingContext(Integer score, String reason) {
        return new RatingContext(subject.kind(), year, disciplines, leaves, civilServant, civilServantRating, score,
                reason, shortcomingsFound - shortcomingsRemedied);
    }

    List<String> openComplaints() {
        return complaintsOpen.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /** A copy that stays an {@link EnumSet} (a snapshot reads the field back as a plain set). */
    Set<OpinionSource> opinionSources() {
        return opinionSources.isEmpty() ? EnumSet.noneOf(OpinionSource.class) : EnumSet.copyOf(opinionSources);
    }

    /** The step owed next, its due date and the notices already raised for it; null when none is owed. */
    Owed owed() {
        Stage next = stage == null || stage.isFinished() ? null : stage.next();
        LocalDate due = next == null ? null : dueDates.get(next);
        if (due == null) {
            return null;
        }
        Set<Notice> raised = EnumSet.noneOf(Notice.class);
        for (Notice n : Notice.values()) {
            if (noticesRaised.contains(n.keyFor(next, due))) {
                raised.add(n);
            }
        }
        return new Owed(next, due, raised);
    }

    /** What the cycle is told when a decision sets this review's rating. */
    RatingChange change(String reviewId, Rating previous, Rating rating) {
        return new RatingChange(reviewId, unitId, subject.kind(), subject.name(), headOfUnit, previous, rating);
    }

    String cycleId() {
        return cycleId;
    }

    String unitId() {
        return unitId;
    }

    String quotaGroupId() {
        return quotaGroupId;
    }

    Subject subject() {
        return subject;
    }

    SubjectKind kind() {
        return subject.kind();
    }

    boolean exempted() {
        return stage == Stage.EXEMPTED;
    }
}
