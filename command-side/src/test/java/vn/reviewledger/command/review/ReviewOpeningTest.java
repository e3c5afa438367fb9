package vn.reviewledger.command.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static vn.reviewledger.command.review.ReviewTestData.CYCLE_ID;
import static vn.reviewledger.command.review.ReviewTestData.CYCLE_OPENS;
import static vn.reviewledger.command.review.ReviewTestData.QUOTA_GROUP;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.UNIT_ID;
import static vn.reviewledger.command.review.ReviewTestData.partyMember;
import static vn.reviewledger.command.review.ReviewTestData.partyOrganization;
import static vn.reviewledger.command.rules.Violations.violates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.cycle.ReviewTerms;
import vn.reviewledger.command.deadline.DeadlineBook;
import vn.reviewledger.command.deadline.DeadlinePlan;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.review.ReviewCommands.OpenReview;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewExempted;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;

/**
 * Stage 0. A member admitted fewer than six months before the cycle opens is recorded as not
 * reviewed, right after the opening (Quy định 124-QĐ/TW, Art. 2 (3)): the roll shows every member
 * and why some were not reviewed.
 *
 * <p>The cycle is the business of {@code ReviewCycleTest}; here {@link CycleDirectory} is a stub
 * that answers the cycle's terms, and the event store a stub that knows no earlier review, so the
 * real {@link ReviewOpening} handler and the real {@code Review} constructor run in the fixture.
 */
class ReviewOpeningTest {

    private FixtureConfiguration<Review> fixture;
    private final CycleDirectory cycles = mock(CycleDirectory.class);
    private final EventStore eventStore = mock(EventStore.class);
    private final DeadlinePlan noDeadlines = new DeadlinePlan(ReviewFixtures.CALENDAR, ReviewFixtures.deadlines(false));
    /** Deadlines are off here, so the constructor must not touch the book at all. */
    private final DeadlineBook book = mock(DeadlineBook.class);
    private final ReviewDeadlines deadlines = new ReviewDeadlines(noDeadlines, book, Clock.systemUTC());

    @BeforeEach
    void setUp() {
        fixture = ReviewFixtures.fixture(noDeadlines, Clock.systemUTC(), cycles);
        fixture.registerAnnotatedCommandHandler(new ReviewOpening(fixture.getRepository(), cycles, eventStore));
        when(cycles.termsFor(eq(CYCLE_ID), eq(UNIT_ID), eq(QUOTA_GROUP), anyBoolean())).thenReturn(new ReviewTerms(CYCLE_ID, 2024, RuleSetId.REG_124,
                RuleParameters.reg124Defaults(), CYCLE_OPENS, 2, ReviewTestData.plan(2024), ReviewTestData.UNIT_PATH,
                QUOTA_GROUP));
        when(eventStore.lastSequenceNumberFor(any())).thenReturn(Optional.empty());
    }

    private static OpenReview open(ReviewTestData.Opening o) {
        return o.command();
    }

    @Test
    void aReviewOpensWithTheCyclesRulesUnitLevelAndDueDates() {
        ReviewTestData.Opening member = partyMember();
        fixture.givenNoPriorActivity()
                .when(open(member))
                .expectEvents(member.event())
                .expectResultMessagePayload(REVIEW_ID);
    }

    @Test
    void aMembersReviewIsNotRegisteredWithTheCycle_onlyCollectivesAre() {
        fixture.givenNoPriorActivity()
                .when(open(partyMember()))
                .expectSuccessfulHandlerExecution();

        verify(cycles, never()).registerCollective(any(), any(), any(), any());
    }

    @Test
    void aCollectiveReviewIsRegisteredWithTheCycle_soThatItsHeadAndUpperLevelsWaitForIt() {
        ReviewTestData.Opening cell = partyOrganization();
        fixture.givenNoPriorActivity()
                .when(open(cell))
                .expectEvents(cell.event());

        verify(cycles).registerCollective(CYCLE_ID, UNIT_ID, REVIEW_ID, "Chi bộ Văn phòng");
    }

    @Test
    void aReviewInAnUnknownUnit_isRefusedByTheCycle_andNothingOpens() {
        when(cycles.termsFor(CYCLE_ID, "chi-bo-khac", QUOTA_GROUP, false))
                .thenThrow(RuleViolation.invalid("unitId", "UNKNOWN_UNIT", "unitId", "chi-bo-khac"));
        ReviewTestData.Opening m = partyMember();
        fixture.givenNoPriorActivity()
                .when(new OpenReview(REVIEW_ID, CYCLE_ID, m.subject, "chi-bo-khac", QUOTA_GROUP, false, false, false,
                        m.admittedOn))
                .expectException(violates("UNKNOWN_UNIT").naming("unitId", "chi-bo-khac"))
                .expectNoEvents();
    }

    @Test
    void aMemberAdmittedUnderSixMonthsBeforeTheCycle_isOpenedAndRecordedAsNotReviewed() {
        ReviewTestData.Opening recent = partyMember().admittedOn(LocalDate.of(2024, 6, 1));
        fixture.givenNoPriorActivity()
                .when(open(recent))
                .expectEvents(recent.event(),
                        new ReviewExempted(REVIEW_ID, ExemptionReason.ADMITTED_UNDER_6_MONTHS, "Kết nạp ngày 2024-06-01"));

        // Not reviewed: not a member any organization waits for.
        verify(cycles, never()).registerMember(any(), any(), any());
    }

    @Test
    void aMemberReviewed_isRegisteredWithTheCycle_soThatAnOrganizationMayWaitForIt() {
        ReviewTestData.Opening m = partyMember();
        fixture.givenNoPriorActivity()
                .when(open(m))
                .expectEvents(m.event());

        verify(cycles).registerMember(CYCLE_ID, UNIT_ID, REVIEW_ID);
    }

    @Test
    void aMemberAdmittedExactlySixMonthsBeforeTheCycle_isReviewed() {
        ReviewTestData.Opening sixMonths = partyMember().admittedOn(CYCLE_OPENS.minusMonths(6));
        fixture.givenNoPriorActivity()
                .when(open(sixMonths))
                .expectEvents(sixMonths.event());
    }

    @Test
    void theSameSubjectCannotBeOpenedTwiceInTheSamePlace() {
        when(eventStore.lastSequenceNumberFor(REVIEW_ID)).thenReturn(Optional.of(0L));
        fixture.givenNoPriorActivity()
                .when(open(partyMember()))
                .expectException(violates("DUPLICATE_REVIEW").naming("reviewId", REVIEW_ID).naming("unitId", UNIT_ID))
                .expectNoEvents();
    }

    /** The constructor on its own, as Axon runs it: the same answer without the opening handler. */
    @Test
    void theReviewConstructorItselfExemptsARecentMember() {
        ReviewOpened opened = partyMember().admittedOn(LocalDate.of(2024, 10, 1)).event();
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Review(opened, deadlines))
                .expectEvents(opened,
                        new ReviewExempted(REVIEW_ID, ExemptionReason.ADMITTED_UNDER_6_MONTHS, "Kết nạp ngày 2024-10-01"));

        verifyNoInteractions(book);
    }

    @Test
    void aCollectiveIsNeverExemptedForAdmission() {
        // A collective has no admission date; even one given by mistake must not exempt it.
        ReviewOpened opened = new ReviewOpened(REVIEW_ID, CYCLE_ID, 2024, RuleSetId.REG_124, RuleParameters.reg124Defaults(),
                partyOrganization().subject, UNIT_ID, 2, QUOTA_GROUP, false, false, false, LocalDate.of(2024, 10, 1),
                CYCLE_OPENS, ReviewTestData.plan(2024), ReviewTestData.UNIT_PATH, false);
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Review(opened, deadlines))
                .expectEvents(opened);

        verifyNoInteractions(book);
    }
}
