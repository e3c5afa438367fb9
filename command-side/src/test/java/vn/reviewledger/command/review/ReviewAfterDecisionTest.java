package vn.reviewledger.command.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static vn.reviewledger.command.review.ReviewTestData.CYCLE_ID;
import static vn.reviewledger.command.review.ReviewTestData.DECISION_NO;
import static vn.reviewledger.command.review.ReviewTestData.MEETING_ON;
import static vn.reviewledger.command.review.ReviewTestData.QUOTA_GROUP;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.partyMember;
import static vn.reviewledger.command.rules.Violations.violates;
import static vn.reviewledger.kernel.common.Rating.COMPLETE;
import static vn.reviewledger.kernel.common.Rating.EXCELLENT;
import static vn.reviewledger.kernel.common.Rating.GOOD;
import static vn.reviewledger.kernel.common.Rating.NOT_COMPLETE;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.common.ComplaintOutcome;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewCommands.CloseReview;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.LodgeComplaint;
import vn.reviewledger.kernel.review.ReviewCommands.ReclassifyRating;
import vn.reviewledger.kernel.review.ReviewCommands.ResolveComplaint;
import vn.reviewledger.kernel.review.ReviewCommands.SetRemediationPlan;
import vn.reviewledger.kernel.review.ReviewEvents.ComplaintLodged;
import vn.reviewledger.kernel.review.ReviewEvents.ComplaintResolved;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.RatingReclassified;
import vn.reviewledger.kernel.review.ReviewEvents.RemediationPlanSet;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewClosed;

/**
 * After the decision: complaints, reclassification by the superior (Quy định 124-QĐ/TW, Art. 13),
 * the remediation plan, and closing. Nothing overwrites: each is a new event.
 */
class ReviewAfterDecisionTest {

    private static final LocalDate LODGED_ON = LocalDate.of(2024, 12, 22);
    private static final ComplaintLodged COMPLAINT =
            new ComplaintLodged(REVIEW_ID, "kn-1", "Nguyễn Thị Hương", "Đề nghị xem xét lại mức xếp loại", LODGED_ON);
    private static final String RECLASSIFICATION_NO = "131-QĐ/ĐU";

    private final CycleDirectory cycles = mock(CycleDirectory.class);
    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReviewFixtures.withoutDeadlines(cycles);
    }

    @Nested
    class Complaints {

        @Test
        void aComplaintIsLodgedAfterTheDecision() {
            fixture.given(partyMember().past().decided(GOOD).events())
                    .when(new LodgeComplaint(REVIEW_ID, null, "kn-1", "Nguyễn Thị Hương", "Đề nghị xem xét lại mức xếp loại",
                            LODGED_ON))
                    .expectEvents(COMPLAINT);
        }

        @Test
        void aComplaintBeforeTheDecision_isRefused() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(new LodgeComplaint(REVIEW_ID, null, "kn-1", "Nguyễn Thị Hương", "Khiếu nại", LODGED_ON))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.PROPOSED)
                            .naming("expected", List.of(Stage.DECIDED, Stage.ANNOUNCED)))
                    .expectNoEvents();
        }

        @Test
        void aComplaintIsResolvedWithItsOutcomeAndReason() {
            fixture.given(partyMember().past().announced(GOOD).then(COMPLAINT).events())
                    .when(new ResolveComplaint(REVIEW_ID, null, "kn-1", ComplaintOutcome.REJECTED, "Xếp loại đúng quy định"))
                    .expectEvents(new ComplaintResolved(REVIEW_ID, "kn-1", ComplaintOutcome.REJECTED, "Xếp loại đúng quy định"));
        }

        @Test
        void aComplaintCannotBeResolvedTwice() {
            fixture.given(partyMember().past().announced(GOOD)
                            .then(COMPLAINT, new ComplaintResolved(REVIEW_ID, "kn-1", ComplaintOutcome.REJECTED, "Đúng quy định"))
                            .events())
                    .when(new ResolveComplaint(REVIEW_ID, null, "kn-1", ComplaintOutcome.UPHELD, "Xem lại"))
                    .expectException(violates("COMPLAINT_ALREADY_RESOLVED").naming("complaintId", "kn-1"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownComplaintCannotBeResolved() {
            fixture.given(partyMember().past().announced(GOOD).then(COMPLAINT).events())
                    .when(new ResolveComplaint(REVIEW_ID, null, "kn-9", ComplaintOutcome.UPHELD, "Xem lại"))
                    .expectException(violates("COMPLAINT_UNKNOWN").naming("complaintId", "kn-9"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Reclassification {

        /** Quy định 124-QĐ/TW Art. 12 §4.5 and Art. 13: re-rating hits closed reviews, so it is allowed after close. */
        @Test
        void aClosedReview_isStillReRated_asANewDecision() {
            fixture.given(partyMember().past().announced(GOOD).then(new ReviewClosed(REVIEW_ID, "Hoàn tất")).events())
                    .when(new ReclassifyRating(REVIEW_ID, null, NOT_COMPLETE, RECLASSIFICATION_NO, "Vi phạm năm 2024 bị kỷ luật"))
                    .expectEvents(new RatingReclassified(REVIEW_ID, QUOTA_GROUP, NOT_COMPLETE, GOOD, RECLASSIFICATION_NO,
                            DECISION_NO, "Vi phạm năm 2024 bị kỷ luật"));
        }

        /** Art. 12 §4.5: an earlier year's fault re-rates that year, it does not cap this one. */
        @Test
        void aDisciplineForAFaultOfAnEarlierYear_doesNotCapThisYear() {
            fixture.given(partyMember().past().proposed(GOOD).then(new DisciplineRecorded(REVIEW_ID,
                            LocalDate.of(2024, 3, 4), DisciplineForm.CANH_CAO, false, false, LocalDate.of(2023, 8, 1), true))
                            .events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, LocalDate.of(2024, 12, 16)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aReclassificationIsANewDecisionThatNamesTheOneItReplaces() {
            fixture.given(partyMember().past().announced(GOOD).events())
                    .when(new ReclassifyRating(REVIEW_ID, null, EXCELLENT, RECLASSIFICATION_NO, "Kết luận của Ủy ban kiểm tra"))
                    .expectEvents(new RatingReclassified(REVIEW_ID, QUOTA_GROUP, EXCELLENT, GOOD, RECLASSIFICATION_NO,
                            DECISION_NO, "Kết luận của Ủy ban kiểm tra"));

            // The cycle moves the review from Good to Excellent in its quota count, under the new decision's number.
            verify(cycles).recordDecision(CYCLE_ID, QUOTA_GROUP, RECLASSIFICATION_NO,
                    List.of(partyMember().change(GOOD, EXCELLENT)));
        }

        @Test
        void aReclassificationTheCycleRefuses_isNotRecorded() {
            doThrow(RuleViolation.conflict("EXCELLENT_QUOTA", "group", "Đảng viên", "excellent", 3, "good", 9,
                    "limit", 1L, "share", "0.2"))
                    .when(cycles).recordDecision(any(), any(), any(), any());

            fixture.given(partyMember().past().announced(GOOD).events())
                    .when(new ReclassifyRating(REVIEW_ID, null, EXCELLENT, RECLASSIFICATION_NO, "Kết luận của Ủy ban kiểm tra"))
                    .expectException(violates("EXCELLENT_QUOTA"))
                    .expectNoEvents();
        }

        @Test
        void aSecondReclassificationReplacesTheFirst_notTheOriginalDecision() {
            fixture.given(partyMember().past().announced(GOOD)
                            .then(new RatingReclassified(REVIEW_ID, QUOTA_GROUP, EXCELLENT, GOOD, RECLASSIFICATION_NO,
                                    DECISION_NO, "Lần một"))
                            .events())
                    .when(new ReclassifyRating(REVIEW_ID, null, COMPLETE, "140-QĐ/ĐU", "Lần hai"))
                    .expectEvents(new RatingReclassified(REVIEW_ID, QUOTA_GROUP, COMPLETE, EXCELLENT, "140-QĐ/ĐU",
                            RECLASSIFICATION_NO, "Lần hai"));
        }

        @Test
        void reclassifyingToTheSameRating_isRefused() {
            fixture.given(partyMember().past().decided(GOOD).events())
                    .when(new ReclassifyRating(REVIEW_ID, null, GOOD, RECLASSIFICATION_NO, "Không đổi"))
                    .expectException(violates("RECLASSIFY_SAME").naming("rating", GOOD))
                    .expectNoEvents();
        }

        @Test
        void aReclassificationStillObeysTheDisciplineCap() {
            fixture.given(partyMember().past().decided(GOOD)
                            .then(new DisciplineRecorded(REVIEW_ID, LocalDate.of(2024, 12, 18), DisciplineForm.CANH_CAO, false, false))
                            .events())
                    .when(new ReclassifyRating(REVIEW_ID, null, COMPLETE, RECLASSIFICATION_NO, "Bị kỷ luật"))
                    .expectException(violates("DISCIPLINE_CAP").naming("rating", COMPLETE))
                    .expectNoEvents();
        }

        @Test
        void aReclassificationToNotComplete_afterDisciplineInTheYear_isAccepted() {
            fixture.given(partyMember().past().decided(GOOD)
                            .then(new DisciplineRecorded(REVIEW_ID, LocalDate.of(2024, 12, 18), DisciplineForm.CANH_CAO, false, false))
                            .events())
                    .when(new ReclassifyRating(REVIEW_ID, null, NOT_COMPLETE, RECLASSIFICATION_NO, "Bị kỷ luật cảnh cáo"))
                    .expectEvents(new RatingReclassified(REVIEW_ID, QUOTA_GROUP, NOT_COMPLETE, GOOD, RECLASSIFICATION_NO,
                            DECISION_NO, "Bị kỷ luật cảnh cáo"));
        }

        @Test
        void nothingToReclassifyBeforeADecision() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(new ReclassifyRating(REVIEW_ID, null, EXCELLENT, RECLASSIFICATION_NO, "Sớm"))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.PROPOSED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Remediation {

        @Test
        void aRemediationPlanIsSetAfterTheDecision() {
            LocalDate due = LocalDate.of(2025, 3, 31);
            fixture.given(partyMember().past().announced(COMPLETE).events())
                    .when(new SetRemediationPlan(REVIEW_ID, null, "Khắc phục hạn chế về học tập nghị quyết", due))
                    .expectEvents(new RemediationPlanSet(REVIEW_ID, "Khắc phục hạn chế về học tập nghị quyết", due));
        }

        @Test
        void aRemediationPlanBeforeTheDecision_isRefused() {
            fixture.given(partyMember().past().voted(COMPLETE).events())
                    .when(new SetRemediationPlan(REVIEW_ID, null, "Kế hoạch", LocalDate.of(2025, 3, 31)))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.VOTED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Closing {

        @Test
        void anAnnouncedReviewWithEveryComplaintResolved_closes() {
            fixture.given(partyMember().past().announced(GOOD)
                            .then(COMPLAINT, new ComplaintResolved(REVIEW_ID, "kn-1", ComplaintOutcome.REJECTED, "Đúng quy định"))
                            .events())
                    .when(new CloseReview(REVIEW_ID, null, "Hoàn tất"))
                    .expectEvents(new ReviewClosed(REVIEW_ID, "Hoàn tất"));
        }

        @Test
        void aReviewWithAnOpenComplaint_cannotClose() {
            fixture.given(partyMember().past().announced(GOOD).then(COMPLAINT).events())
                    .when(new CloseReview(REVIEW_ID, null, "Hoàn tất"))
                    .expectException(violates("COMPLAINTS_OPEN").naming("complaints", List.of("kn-1")))
                    .expectNoEvents();
        }

        @Test
        void aDecidedButUnannouncedReview_cannotClose() {
            fixture.given(partyMember().past().decided(GOOD).events())
                    .when(new CloseReview(REVIEW_ID, null, "Hoàn tất"))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.DECIDED)
                            .naming("expected", List.of(Stage.ANNOUNCED)))
                    .expectNoEvents();
        }

        @Test
        void someoneWhoWorkedUnderSixMonths_isClosedAfterTheMeetingWithoutARating() {
            fixture.given(partyMember().past().meetingHeld()
                            .then(new LeaveRecorded(REVIEW_ID, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31), LeaveKind.UNPAID))
                            .events())
                    .when(new CloseReview(REVIEW_ID, null, "Kiểm điểm, không xếp loại"))
                    .expectEvents(new ReviewClosed(REVIEW_ID, "Kiểm điểm, không xếp loại"));
        }

        @Test
        void someoneWhoWorkedUnderSixMonths_isStillReviewedInAMeetingBeforeClosing() {
            fixture.given(partyMember().past().opinionsCollected()
                            .then(new LeaveRecorded(REVIEW_ID, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31), LeaveKind.SICK))
                            .events())
                    .when(new CloseReview(REVIEW_ID, null, "Không xếp loại"))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.OPINIONS_COLLECTED))
                    .expectNoEvents();
        }

        @Test
        void someoneRatable_isNotClosedAfterTheMeeting() {
            fixture.given(partyMember().past().meetingHeld().events())
                    .when(new CloseReview(REVIEW_ID, null, "Kết thúc sớm"))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.MEETING_HELD))
                    .expectNoEvents();
        }

        @Test
        void aClosedReviewTakesNoMoreFacts() {
            fixture.given(partyMember().past().announced(GOOD).then(new ReviewClosed(REVIEW_ID, "Hoàn tất")).events())
                    .when(new LodgeComplaint(REVIEW_ID, null, "kn-2", "Nguyễn Thị Hương", "Khiếu nại muộn", MEETING_ON))
                    .expectException(violates("REVIEW_FINISHED").naming("current", Stage.CLOSED))
                    .expectNoEvents();
        }

        @Test
        void aClosedReviewCannotBeClosedAgain() {
            fixture.given(partyMember().past().announced(GOOD).then(new ReviewClosed(REVIEW_ID, "Hoàn tất")).events())
                    .when(new CloseReview(REVIEW_ID, null, "Lần hai"))
                    .expectException(violates("REVIEW_FINISHED"))
                    .expectNoEvents();
        }
    }
}
