package vn.reviewledger.command.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static vn.reviewledger.command.deadline.DeadlinePlan.ESCALATION;
import static vn.reviewledger.command.deadline.DeadlinePlan.OVERDUE;
import static vn.reviewledger.command.deadline.DeadlinePlan.REMINDER;
import static vn.reviewledger.command.review.ReviewFixtures.CALENDAR;
import static vn.reviewledger.command.review.ReviewFixtures.ESCALATE_TO;
import static vn.reviewledger.command.review.ReviewFixtures.VIETNAM;
import static vn.reviewledger.command.review.ReviewFixtures.deadlines;
import static vn.reviewledger.command.review.ReviewTestData.CYCLE_ID;
import static vn.reviewledger.command.review.ReviewTestData.CYCLE_OPENS;
import static vn.reviewledger.command.review.ReviewTestData.DECIDED_ON;
import static vn.reviewledger.command.review.ReviewTestData.DECISION_NO;
import static vn.reviewledger.command.review.ReviewTestData.QUOTA_GROUP;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.SUBMITTED_ON;
import static vn.reviewledger.command.review.ReviewTestData.UNIT_ID;
import static vn.reviewledger.command.review.ReviewTestData.partyMember;
import static vn.reviewledger.kernel.common.Rating.GOOD;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.cycle.ReviewTerms;
import vn.reviewledger.command.deadline.DeadlineBook;
import vn.reviewledger.command.deadline.DeadlinePlan;
import vn.reviewledger.command.deadline.Notice;
import vn.reviewledger.command.deadline.Owed;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.command.deadline.StageDeadline;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewCommands.AnnounceRating;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.ExemptReview;
import vn.reviewledger.kernel.review.ReviewCommands.ExtendDeadline;
import vn.reviewledger.kernel.review.ReviewCommands.ProposeRating;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;
import vn.reviewledger.kernel.review.ReviewEvents.DeadlineExtended;
import vn.reviewledger.kernel.review.ReviewEvents.RatingAnnounced;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewExempted;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;
import vn.reviewledger.kernel.review.ReviewEvents.StageDeadlinesScheduled;
import vn.reviewledger.kernel.review.ReviewEvents.StageEscalated;
import vn.reviewledger.kernel.review.ReviewEvents.StageOverdue;
import vn.reviewledger.kernel.review.ReviewEvents.StageReminderDue;

/**
 * Each step owed has a due date from the cycle plan; the review raises a reminder two working
 * days before it (08:00 in Vietnam), the overdue notice when the due date has ended (midnight in
 * Vietnam) and an escalation to the committee office two working days later — one deadline at a
 * time, each notice scheduling the next. Completing the step, extending it or leaving the
 * procedure moves or cancels it; a deadline that fires anyway
 * for a step no longer owed at that date raises nothing, and each notice is raised once.
 *
 * <p>The fixture's stub deadline manager plays the persistent one; the plan's clock and the
 * stub's time both start when the review opens, Friday 1 November 2024 at 09:00 in Hà Nội.
 * The times below are written out in UTC (Vietnam is UTC+7) rather than computed, so that a
 * mistake in the plan's arithmetic cannot hide in the test's.
 */
class ReviewDeadlineTest {

    private static final Instant OPENING = Instant.parse("2024-11-01T02:00:00Z");

    // The self-review is due Friday 15 November 2024.
    private static final LocalDate SELF_REVIEW_DUE = LocalDate.of(2024, 11, 15);
    /** Wednesday 13 November, 08:00: two working days before. */
    private static final Instant SELF_REVIEW_REMINDER = Instant.parse("2024-11-13T01:00:00Z");
    /** Saturday 16 November, 00:00: the due date has ended. */
    private static final Instant SELF_REVIEW_OVERDUE = Instant.parse("2024-11-15T17:00:00Z");
    /** Wednesday 20 November, 00:00: the end of the second working day after (Monday 18, Tuesday 19). */
    private static final Instant SELF_REVIEW_ESCALATION = Instant.parse("2024-11-19T17:00:00Z");

    // Opinions are due Friday 22 November 2024.
    private static final LocalDate OPINIONS_DUE = LocalDate.of(2024, 11, 22);
    private static final Instant OPINIONS_REMINDER = Instant.parse("2024-11-20T01:00:00Z");
    private static final Instant OPINIONS_OVERDUE = Instant.parse("2024-11-22T17:00:00Z");
    private static final Instant OPINIONS_ESCALATION = Instant.parse("2024-11-26T17:00:00Z");

    private final CycleDirectory cycles = mock(CycleDirectory.class);
    private final EventStore eventStore = mock(EventStore.class);
    private FixtureConfiguration<Review> fixture;

    /**
     * Test-only: a deadline delivered into the review's scope as the persistent manager would deliver
     * one it had already picked up when the step moved on, so the aggregate's own guard is what speaks.
     */
    record DeliverDeadline(String reviewId, Instant at, String name, StageDeadline deadline) {
    }

    static final class LateDelivery {

        @CommandHandler
        void handle(DeliverDeadline d, DeadlineManager deadlines) {
            deadlines.schedule(d.at(), d.name(), d.deadline(), new AggregateScopeDescriptor("Review", d.reviewId()));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = fixtureWithClockAt(OPENING);
    }

    private FixtureConfiguration<Review> fixtureWithClockAt(Instant now) {
        FixtureConfiguration<Review> f =
                ReviewFixtures.fixture(new DeadlinePlan(CALENDAR, deadlines(true)), Clock.fixed(now, VIETNAM), cycles);
        f.registerAnnotatedCommandHandler(new ReviewOpening(f.getRepository(), cycles, eventStore));
        f.registerAnnotatedCommandHandler(new LateDelivery());
        when(cycles.termsFor(eq(CYCLE_ID), eq(UNIT_ID), eq(QUOTA_GROUP), anyBoolean())).thenReturn(new ReviewTerms(CYCLE_ID, 2024,
                RuleSetId.REG_124, RuleParameters.reg124Defaults(), CYCLE_OPENS, 2, ReviewTestData.plan(2024),
                ReviewTestData.UNIT_PATH, QUOTA_GROUP));
        when(eventStore.lastSequenceNumberFor(any())).thenReturn(Optional.empty());
        return f;
    }

    private static SubmitSelfReview submitSelfReview() {
        return new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02A, GOOD, null, "Tự kiểm điểm", SUBMITTED_ON);
    }

    /**
     * One deadline per review: only the next notice that will fire is scheduled, and completing a
     * step moves it. No event records it: the review finds it again from its step, date and notices.
     */
    @Nested
    class Scheduling {

        @Test
        void openingAReview_schedulesOnlyTheSelfReviewsReminder() {
            ReviewTestData.Opening member = partyMember();
            fixture.givenCurrentTime(OPENING)
                    .when(member.command())
                    .expectEvents(member.event())
                    .expectScheduledDeadline(SELF_REVIEW_REMINDER, new StageDeadline(Stage.SELF_REVIEW_SUBMITTED,
                            SELF_REVIEW_DUE))
                    .expectScheduledDeadlineWithName(SELF_REVIEW_REMINDER, REMINDER)
                    .expectNoScheduledDeadlineWithName(OPENING, SELF_REVIEW_ESCALATION, OVERDUE)
                    .expectNoScheduledDeadlineWithName(OPENING, SELF_REVIEW_ESCALATION, ESCALATION);
        }

        @Test
        void aMemberExemptedAtOpening_owesNoStep_andGetsNoDeadline() {
            ReviewTestData.Opening recent = partyMember().admittedOn(LocalDate.of(2024, 6, 1));
            fixture.givenCurrentTime(OPENING)
                    .when(recent.command())
                    .expectEvents(recent.event(),
                            new ReviewExempted(REVIEW_ID, ExemptionReason.ADMITTED_UNDER_6_MONTHS, "Kết nạp ngày 2024-06-01"))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void completingAStep_movesTheDeadlineToTheNextStepsReminder() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command())
                    .when(submitSelfReview())
                    .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F02A, GOOD, null, "Tự kiểm điểm",
                            SUBMITTED_ON))
                    .expectNoScheduledDeadlineWithName(OPENING, SELF_REVIEW_ESCALATION, REMINDER)
                    .expectScheduledDeadlineWithName(OPINIONS_REMINDER, REMINDER)
                    .expectScheduledDeadline(OPINIONS_REMINDER, new StageDeadline(Stage.OPINIONS_COLLECTED, OPINIONS_DUE))
                    .expectNoScheduledDeadlineWithName(OPENING, OPINIONS_ESCALATION, OVERDUE)
                    .expectNoScheduledDeadlineWithName(OPENING, OPINIONS_ESCALATION, ESCALATION);
        }

        @Test
        void aDecisionMovesTheDeadlineOnToTheAnnouncement() {
            // Proposed through the command, so that the decision's deadline is really scheduled first.
            fixture.givenCurrentTime(OPENING)
                    .andGiven(partyMember().past().voted(GOOD).events())
                    .andGivenCommands(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON))
                    .expectEvents(new RatingDecided(REVIEW_ID, QUOTA_GROUP, GOOD, DECISION_NO, DECIDED_ON))
                    // Announcement due Monday 23 December: reminder Thursday the 19th at 08:00.
                    .expectScheduledDeadline(Instant.parse("2024-12-19T01:00:00Z"),
                            new StageDeadline(Stage.ANNOUNCED, LocalDate.of(2024, 12, 23)))
                    .expectNoScheduledDeadlineWithName(OPENING, Instant.parse("2024-12-18T17:00:00Z"), REMINDER);
        }

        @Test
        void theAnnouncementIsTheLastStepOwed_nothingIsScheduledAfterIt() {
            fixture.givenCurrentTime(OPENING)
                    .andGiven(partyMember().past().proposed(GOOD).events())
                    .andGivenCommands(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON))
                    .when(new AnnounceRating(REVIEW_ID, null, LocalDate.of(2024, 12, 20)))
                    .expectEvents(new RatingAnnounced(REVIEW_ID, LocalDate.of(2024, 12, 20)))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void extendingTheStepOwed_movesItsDeadlineToTheNewDate() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.SELF_REVIEW_SUBMITTED, OPINIONS_DUE, "Đi công tác"))
                    .expectEvents(new DeadlineExtended(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, OPINIONS_DUE,
                            "Đi công tác"))
                    .expectNoScheduledDeadlineWithName(OPENING, SELF_REVIEW_ESCALATION, REMINDER)
                    .expectScheduledDeadline(OPINIONS_REMINDER, new StageDeadline(Stage.SELF_REVIEW_SUBMITTED, OPINIONS_DUE));
        }

        @Test
        void extendingALaterStep_leavesTheDeadlineOfTheStepOwed() {
            LocalDate meetingDue = ReviewTestData.plan(2024).get(Stage.MEETING_HELD);
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.MEETING_HELD, meetingDue.plusDays(3), "Trùng lịch"))
                    .expectEvents(new DeadlineExtended(REVIEW_ID, Stage.MEETING_HELD, meetingDue, meetingDue.plusDays(3),
                            "Trùng lịch"))
                    .expectScheduledDeadlineWithName(SELF_REVIEW_REMINDER, REMINDER);
        }

        @Test
        void anExemptionDuringTheProcedure_cancelsTheDeadline() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command())
                    .when(new ExemptReview(REVIEW_ID, null, ExemptionReason.SUSPENDED, "Đình chỉ sinh hoạt đảng"))
                    .expectEvents(new ReviewExempted(REVIEW_ID, ExemptionReason.SUSPENDED, "Đình chỉ sinh hoạt đảng"))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aReviewOpenedAfterItsFirstDueDate_getsNoReminder_andIsOverdueAtOnce() {
            // The plan's clock reads Monday 18 November: the self-review was due on the 15th.
            Instant late = Instant.parse("2024-11-18T02:00:00Z");
            FixtureConfiguration<Review> lateFixture = fixtureWithClockAt(late);
            ReviewTestData.Opening member = partyMember();

            lateFixture.givenCurrentTime(late)
                    .when(member.command())
                    .expectEvents(member.event())
                    .expectNoScheduledDeadlineWithName(OPENING, SELF_REVIEW_ESCALATION, REMINDER)
                    .expectScheduledDeadlineWithName(SELF_REVIEW_OVERDUE, OVERDUE);
        }

        @Test
        void aReviewOpenedAfterItsFirstDueDate_movesOnFromTheOverdueNotice() {
            // No reminder was scheduled; completing the step cancels the overdue notice in its place.
            Instant late = Instant.parse("2024-11-18T02:00:00Z");
            fixtureWithClockAt(late).givenCurrentTime(late)
                    .andGivenCommands(partyMember().command())
                    .when(submitSelfReview())
                    .expectNoScheduledDeadlineWithName(late, SELF_REVIEW_ESCALATION, OVERDUE)
                    .expectScheduledDeadlineWithName(OPINIONS_REMINDER, REMINDER);
        }
    }

    /**
     * A review opened before one-deadline-per-review has its three deadlines recorded in a
     * {@code StageDeadlinesScheduled}: they keep raising their notices, and the next step cancels them
     * by their recorded ids.
     */
    @Nested
    class OpenedBeforeOneDeadlinePerReview {

        private StageDeadlinesScheduled recorded() {
            Map<String, Instant> firesAt = new LinkedHashMap<>();
            firesAt.put(REMINDER, SELF_REVIEW_REMINDER);
            firesAt.put(OVERDUE, SELF_REVIEW_OVERDUE);
            firesAt.put(ESCALATION, SELF_REVIEW_ESCALATION);
            return new StageDeadlinesScheduled(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, firesAt,
                    Map.of(REMINDER, "r-1", OVERDUE, "o-1", ESCALATION, "e-1"));
        }

        @Test
        void itsRecordedDeadlinesAreCancelledByTheNextStep_andOneNewDeadlineFollows() {
            DeadlineBook book = mock(DeadlineBook.class);
            ReviewDeadlines deadlines = new ReviewDeadlines(new DeadlinePlan(CALENDAR, deadlines(true)), book,
                    Clock.fixed(OPENING, VIETNAM));
            Owed before = new Owed(Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, Set.of());
            Owed after = new Owed(Stage.OPINIONS_COLLECTED, OPINIONS_DUE, Set.of());

            deadlines.move(REVIEW_ID, before, after, recorded());

            verify(book).replace(argThat(ids -> Set.copyOf(ids).equals(Set.of("r-1", "o-1", "e-1"))), eq(List.of()),
                    argThat(e -> e.at().equals(OPINIONS_REMINDER) && e.notice() == Notice.REMINDER));
        }

        @Test
        void whileTheyStand_aRaisedNoticeSchedulesNothingMore() {
            DeadlineBook book = mock(DeadlineBook.class);
            ReviewDeadlines deadlines = new ReviewDeadlines(new DeadlinePlan(CALENDAR, deadlines(true)), book,
                    Clock.fixed(OPENING, VIETNAM));

            deadlines.chain(REVIEW_ID, new Owed(Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, Set.of(Notice.REMINDER)),
                    recorded());

            verifyNoInteractions(book);
        }
    }

    @Nested
    class Firing {

        @Test
        void twoWorkingDaysBeforeTheDueDate_aReminderIsRaised() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command())
                    .whenTimeAdvancesTo(SELF_REVIEW_REMINDER)
                    .expectTriggeredDeadlinesWithName(REMINDER)
                    .expectEvents(new StageReminderDue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE))
                    // The reminder hands over to the overdue notice: still one deadline.
                    .expectScheduledDeadlineWithName(SELF_REVIEW_OVERDUE, OVERDUE)
                    .expectNoScheduledDeadlineWithName(OPENING, SELF_REVIEW_ESCALATION, ESCALATION);
        }

        @Test
        void untilTheDueDateHasEnded_theStepIsNotOverdue() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command())
                    .whenTimeAdvancesTo(SELF_REVIEW_OVERDUE.minusSeconds(1))
                    .expectTriggeredDeadlinesWithName(REMINDER)
                    .expectEvents(new StageReminderDue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE));
        }

        @Test
        void whenTheDueDateHasEnded_theStepIsOverdue() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command())
                    .whenTimeAdvancesTo(SELF_REVIEW_OVERDUE)
                    .expectTriggeredDeadlinesWithName(REMINDER, OVERDUE)
                    .expectEvents(new StageReminderDue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE),
                            new StageOverdue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE));
        }

        @Test
        void twoWorkingDaysAfterTheDueDate_theStepIsEscalatedToTheCommitteeOffice() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command())
                    .whenTimeAdvancesTo(SELF_REVIEW_ESCALATION)
                    .expectTriggeredDeadlinesWithName(REMINDER, OVERDUE, ESCALATION)
                    .expectEvents(new StageReminderDue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE),
                            new StageOverdue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE),
                            new StageEscalated(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, ESCALATE_TO));
        }

        @Test
        void aStepDoneInTime_passesItsOldDueDateInSilence() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command(), submitSelfReview())
                    .whenTimeAdvancesTo(SELF_REVIEW_ESCALATION)
                    .expectTriggeredDeadlinesWithName()
                    .expectNoEvents();
        }

        @Test
        void afterAnExtension_theOldDueDatePassesInSilence() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command(),
                            new ExtendDeadline(REVIEW_ID, null, Stage.SELF_REVIEW_SUBMITTED, OPINIONS_DUE, "Đi công tác"))
                    .whenTimeAdvancesTo(SELF_REVIEW_ESCALATION)
                    .expectTriggeredDeadlinesWithName()
                    .expectNoEvents();
        }

        @Test
        void afterAnExtension_theNewDueDateIsWatched() {
            fixture.givenCurrentTime(OPENING)
                    .andGivenCommands(partyMember().command(),
                            new ExtendDeadline(REVIEW_ID, null, Stage.SELF_REVIEW_SUBMITTED, OPINIONS_DUE, "Đi công tác"))
                    .whenTimeAdvancesTo(OPINIONS_OVERDUE)
                    .expectTriggeredDeadlinesWithName(REMINDER, OVERDUE)
                    .expectEvents(new StageReminderDue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, OPINIONS_DUE),
                            new StageOverdue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, OPINIONS_DUE));
        }
    }

    /** Deadlines delivered although no longer wanted: the aggregate itself must stay silent. */
    @Nested
    class StaleDeadlines {

        private final DeadlineExtended extendedToThe22nd =
                new DeadlineExtended(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, OPINIONS_DUE, "Đi công tác");

        @Test
        void anOverdueNoticeForTheDueDateBeforeAnExtension_raisesNothing() {
            fixture.givenCurrentTime(OPENING)
                    .andGiven(partyMember().event(), extendedToThe22nd)
                    .andGivenCommands(new DeliverDeadline(REVIEW_ID, SELF_REVIEW_OVERDUE, OVERDUE,
                            new StageDeadline(Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE)))
                    .whenTimeAdvancesTo(SELF_REVIEW_OVERDUE)
                    .expectTriggeredDeadlinesWithName(OVERDUE)
                    .expectNoEvents();
        }

        @Test
        void anOverdueNoticeForTheDueDateNowInForce_isRaised() {
            // The same delivery with the extended date: the guard lets through what is still owed.
            fixture.givenCurrentTime(OPENING)
                    .andGiven(partyMember().event(), extendedToThe22nd)
                    .andGivenCommands(new DeliverDeadline(REVIEW_ID, OPINIONS_OVERDUE, OVERDUE,
                            new StageDeadline(Stage.SELF_REVIEW_SUBMITTED, OPINIONS_DUE)))
                    .whenTimeAdvancesTo(OPINIONS_OVERDUE)
                    .expectTriggeredDeadlinesWithName(OVERDUE)
                    .expectEvents(new StageOverdue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, OPINIONS_DUE));
        }

        @Test
        void aNoticeForAStepAlreadyTaken_raisesNothing() {
            fixture.givenCurrentTime(OPENING)
                    .andGiven(partyMember().past().selfReviewed().events())
                    .andGivenCommands(new DeliverDeadline(REVIEW_ID, SELF_REVIEW_ESCALATION, ESCALATION,
                            new StageDeadline(Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE)))
                    .whenTimeAdvancesTo(SELF_REVIEW_ESCALATION)
                    .expectTriggeredDeadlinesWithName(ESCALATION)
                    .expectNoEvents();
        }

        @Test
        void aNoticeAlreadyRaised_isNotRaisedAgain() {
            fixture.givenCurrentTime(OPENING)
                    .andGiven(partyMember().event(),
                            new StageOverdue(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE))
                    .andGivenCommands(new DeliverDeadline(REVIEW_ID, SELF_REVIEW_OVERDUE, OVERDUE,
                            new StageDeadline(Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE)))
                    .whenTimeAdvancesTo(SELF_REVIEW_OVERDUE)
                    .expectTriggeredDeadlinesWithName(OVERDUE)
                    .expectNoEvents();
        }

        @Test
        void anExemptedReview_raisesNothing() {
            fixture.givenCurrentTime(OPENING)
                    .andGiven(partyMember().event(),
                            new ReviewExempted(REVIEW_ID, ExemptionReason.SUSPENDED, "Đình chỉ sinh hoạt đảng"))
                    .andGivenCommands(new DeliverDeadline(REVIEW_ID, SELF_REVIEW_OVERDUE, OVERDUE,
                            new StageDeadline(Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE)))
                    .whenTimeAdvancesTo(SELF_REVIEW_OVERDUE)
                    .expectTriggeredDeadlinesWithName(OVERDUE)
                    .expectNoEvents();
        }
    }
}
