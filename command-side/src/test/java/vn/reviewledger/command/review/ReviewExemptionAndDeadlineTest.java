package vn.reviewledger.command.review;

import static org.mockito.Mockito.mock;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.SELF_REVIEW_DUE;
import static vn.reviewledger.command.review.ReviewTestData.SUBMITTED_ON;
import static vn.reviewledger.command.review.ReviewTestData.partyMember;
import static vn.reviewledger.command.review.ReviewTestData.partyOrganization;
import static vn.reviewledger.command.rules.Violations.violates;
import static vn.reviewledger.kernel.common.Rating.GOOD;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewCommands.CloseReview;
import vn.reviewledger.kernel.review.ReviewCommands.ExemptReview;
import vn.reviewledger.kernel.review.ReviewCommands.ExtendDeadline;
import vn.reviewledger.kernel.review.ReviewCommands.RecordLeave;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;
import vn.reviewledger.kernel.review.ReviewEvents.DeadlineExtended;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewClosed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewExempted;

/**
 * Who is not reviewed is recorded, never skipped (Quy định 124-QĐ/TW, Art. 2 (3)); a deadline is
 * extended by an event with a reason and a later date.
 */
class ReviewExemptionAndDeadlineTest {

    private final CycleDirectory cycles = mock(CycleDirectory.class);
    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReviewFixtures.withoutDeadlines(cycles);
    }

    @Nested
    class Exemption {

        @Test
        void aMemberExemptedFromPartyWork_isRecordedAsNotReviewed() {
            fixture.given(partyMember().event())
                    .when(new ExemptReview(REVIEW_ID, null, ExemptionReason.EXEMPTED_FROM_PARTY_WORK, "Tuổi cao, sức yếu"))
                    .expectEvents(new ReviewExempted(REVIEW_ID, ExemptionReason.EXEMPTED_FROM_PARTY_WORK, "Tuổi cao, sức yếu"));
        }

        /** Guid. 21/2019: a collective established under six months is not rated; it never blocks another review. */
        @Test
        void aCollectiveEstablishedUnderSixMonths_isExempted_andTheCycleStopsWaitingForIt() {
            fixture.given(partyOrganization().event())
                    .when(new ExemptReview(REVIEW_ID, null, ExemptionReason.ESTABLISHED_UNDER_6_MONTHS, "Thành lập tháng 9"))
                    .expectEvents(new ReviewExempted(REVIEW_ID, ExemptionReason.ESTABLISHED_UNDER_6_MONTHS, "Thành lập tháng 9"));

            org.mockito.Mockito.verify(cycles).noteExemption(ReviewTestData.CYCLE_ID, ReviewTestData.UNIT_ID, REVIEW_ID,
                    vn.reviewledger.kernel.common.SubjectKind.PARTY_ORGANIZATION);
        }

        @Test
        void aMemberCannotBeExemptedAsANewlyEstablishedCollective() {
            fixture.given(partyMember().event())
                    .when(new ExemptReview(REVIEW_ID, null, ExemptionReason.ESTABLISHED_UNDER_6_MONTHS, "Nhầm"))
                    .expectException(vn.reviewledger.command.rules.Violations.violates("EXEMPTION_REASON_KIND"))
                    .expectNoEvents();
        }

        @Test
        void aSuspensionDuringTheProcedure_isStillRecordedBeforeTheDecision() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(new ExemptReview(REVIEW_ID, null, ExemptionReason.SUSPENDED, "Đình chỉ sinh hoạt đảng"))
                    .expectEvents(new ReviewExempted(REVIEW_ID, ExemptionReason.SUSPENDED, "Đình chỉ sinh hoạt đảng"));
        }

        @Test
        void aDecidedReview_cannotBeExempted() {
            fixture.given(partyMember().past().decided(GOOD).events())
                    .when(new ExemptReview(REVIEW_ID, null, ExemptionReason.SUSPENDED, "Muộn"))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.DECIDED))
                    .expectNoEvents();
        }

        @Test
        void anExemptedReview_cannotBeExemptedAgain() {
            fixture.given(partyMember().event(), new ReviewExempted(REVIEW_ID, ExemptionReason.SUSPENDED, "Đình chỉ"))
                    .when(new ExemptReview(REVIEW_ID, null, ExemptionReason.EXEMPTED_FROM_PARTY_WORK, "Lần hai"))
                    .expectException(violates("ALREADY_EXEMPTED"))
                    .expectNoEvents();
        }

        @Test
        void anExemptedReview_takesNoStepOfTheProcedure() {
            fixture.given(partyMember().event(), new ReviewExempted(REVIEW_ID, ExemptionReason.SUSPENDED, "Đình chỉ"))
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02A, GOOD, null, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.EXEMPTED))
                    .expectNoEvents();
        }

        @Test
        void anExemptedReview_takesNoMoreFacts() {
            fixture.given(partyMember().event(), new ReviewExempted(REVIEW_ID, ExemptionReason.SUSPENDED, "Đình chỉ"))
                    .when(new RecordLeave(REVIEW_ID, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), LeaveKind.SICK))
                    .expectException(violates("REVIEW_FINISHED").naming("current", Stage.EXEMPTED))
                    .expectNoEvents();
        }

        @Test
        void anExemptedReview_needsNoClosing() {
            fixture.given(partyMember().event(), new ReviewExempted(REVIEW_ID, ExemptionReason.SUSPENDED, "Đình chỉ"))
                    .when(new CloseReview(REVIEW_ID, null, "Kết thúc"))
                    .expectException(violates("REVIEW_FINISHED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Extension {

        private final LocalDate later = SELF_REVIEW_DUE.plusDays(7);

        @Test
        void aLaterDueDateWithAReason_isRecordedWithThePreviousDate() {
            fixture.given(partyMember().event())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.SELF_REVIEW_SUBMITTED, later, "Đi công tác"))
                    .expectEvents(new DeadlineExtended(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, later,
                            "Đi công tác"));
        }

        @Test
        void anEarlierDueDate_isRefused() {
            LocalDate earlier = SELF_REVIEW_DUE.minusDays(1);
            fixture.given(partyMember().event())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.SELF_REVIEW_SUBMITTED, earlier, "Rút ngắn"))
                    .expectException(violates("EXTENSION_NOT_LATER").naming("newDueDate", earlier)
                            .naming("dueDate", SELF_REVIEW_DUE))
                    .expectNoEvents();
        }

        @Test
        void theSameDueDate_isNoExtension() {
            fixture.given(partyMember().event())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, "Không đổi"))
                    .expectException(violates("EXTENSION_NOT_LATER"))
                    .expectNoEvents();
        }

        @Test
        void aSecondExtensionMustGoBeyondTheFirst() {
            fixture.given(partyMember().event(),
                            new DeadlineExtended(REVIEW_ID, Stage.SELF_REVIEW_SUBMITTED, SELF_REVIEW_DUE, later, "Đi công tác"))
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.SELF_REVIEW_SUBMITTED, later.minusDays(2), "Lần hai"))
                    .expectException(violates("EXTENSION_NOT_LATER").naming("dueDate", later))
                    .expectNoEvents();
        }

        @Test
        void aStageAlreadyReached_cannotBeExtended() {
            fixture.given(partyMember().past().selfReviewed().events())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.SELF_REVIEW_SUBMITTED, later, "Muộn"))
                    .expectException(violates("STAGE_ALREADY_REACHED").naming("stage", Stage.SELF_REVIEW_SUBMITTED)
                            .naming("current", Stage.SELF_REVIEW_SUBMITTED))
                    .expectNoEvents();
        }

        @Test
        void aLaterStageCanStillBeExtended() {
            LocalDate meetingDue = ReviewTestData.plan(2024).get(Stage.MEETING_HELD);
            fixture.given(partyMember().past().selfReviewed().events())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.MEETING_HELD, meetingDue.plusDays(3), "Trùng lịch"))
                    .expectEvents(new DeadlineExtended(REVIEW_ID, Stage.MEETING_HELD, meetingDue, meetingDue.plusDays(3),
                            "Trùng lịch"));
        }

        @Test
        void aStageWithoutADueDate_isRefused() {
            fixture.given(partyMember().event())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.CLOSED, later, "Không có hạn"))
                    .expectException(violates("STAGE_NOT_PLANNED").naming("stage", Stage.CLOSED))
                    .expectNoEvents();
        }

        @Test
        void aClosedReview_cannotBeExtended() {
            fixture.given(partyMember().past().announced(GOOD)
                            .then(new ReviewClosed(REVIEW_ID, "Hoàn tất")).events())
                    .when(new ExtendDeadline(REVIEW_ID, null, Stage.ANNOUNCED, LocalDate.of(2025, 1, 10), "Muộn"))
                    .expectException(violates("REVIEW_FINISHED"))
                    .expectNoEvents();
        }
    }
}
