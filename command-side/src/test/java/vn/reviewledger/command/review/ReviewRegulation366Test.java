package vn.reviewledger.command.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.reviewledger.command.review.ReviewTestData.DECIDED_ON;
import static vn.reviewledger.command.review.ReviewTestData.DECISION_NO;
import static vn.reviewledger.command.review.ReviewTestData.QUOTA_GROUP;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.SUBMITTED_ON;
import static vn.reviewledger.command.review.ReviewTestData.reg366Cadre;
import static vn.reviewledger.command.review.ReviewTestData.reg366Member;
import static vn.reviewledger.command.review.ReviewTestData.reg366Organization;
import static vn.reviewledger.command.rules.Violations.violates;
import static vn.reviewledger.kernel.common.Rating.COMPLETE;
import static vn.reviewledger.kernel.common.Rating.EXCELLENT;
import static vn.reviewledger.kernel.common.Rating.GOOD;
import static vn.reviewledger.kernel.common.Rating.NOT_COMPLETE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.common.ComplaintOutcome;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewCommands.CloseOpinionCollection;
import vn.reviewledger.kernel.review.ReviewCommands.CloseReview;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.LodgeComplaint;
import vn.reviewledger.kernel.review.ReviewCommands.ProposeRating;
import vn.reviewledger.kernel.review.ReviewCommands.ReclassifyRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordDiscipline;
import vn.reviewledger.kernel.review.ReviewCommands.RecordEarlierShortcomings;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;
import vn.reviewledger.kernel.review.ReviewEvents.ComplaintLodged;
import vn.reviewledger.kernel.review.ReviewEvents.ComplaintResolved;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.EarlierShortcomingsRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionCollectionClosed;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingProposed;
import vn.reviewledger.kernel.review.ReviewEvents.RatingReclassified;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewClosed;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;

/**
 * Regulation 366-QĐ/TW with Guidance 43-HD/BTCTW (review years 2025 on), step by step on one review:
 * the 2025 forms, scores on every rating step with the bands and a reason below the band, reviewed ⇒
 * rated, duty-related discipline with self-discovery as a recorded discretion, earlier shortcomings
 * remedied before Excellent, complaints from opening blocking the decision, re-rating with a score
 * after close.
 */
class ReviewRegulation366Test {

    private final CycleDirectory cycles = mock(CycleDirectory.class);
    private FixtureConfiguration<Review> fixture;

    private static final Map<String, ?> OFFICE = Map.of(AuditKeys.ACTOR_ID, "vp-tinh", AuditKeys.ACTOR_ROLE, "OFFICE",
            AuditKeys.ACTOR_UNIT, "tinh-uy");
    private static final Map<String, ?> SECRETARY = Map.of(AuditKeys.ACTOR_ID, "bt-cb", AuditKeys.ACTOR_ROLE, "SECRETARY",
            AuditKeys.ACTOR_UNIT, ReviewTestData.UNIT_ID);

    @BeforeEach
    void setUp() {
        fixture = ReviewFixtures.withoutDeadlines(cycles);
    }

    private static RatingDecided decided(Rating rating, Integer score, String reason) {
        return new RatingDecided(REVIEW_ID, QUOTA_GROUP, rating, DECISION_NO, DECIDED_ON, score, reason);
    }

    /** Guid. 43 §2: forms 2A (leadership post), 2B (no post), 2C (outside the political system). */
    @Nested
    class Forms {

        @Test
        void aMemberWithoutAPost_selfReviewsOn2B_withAScore() {
            fixture.given(reg366Member().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F2B, null, 84, "Tự chấm 84 điểm", SUBMITTED_ON))
                    .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F2B, GOOD, 84, "Tự chấm 84 điểm",
                            SUBMITTED_ON));
        }

        @Test
        void aMemberWithoutAPost_usingTheLeadersForm2A_isRefused() {
            fixture.given(reg366Member().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F2A, null, 84, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectException(violates("FORM_MISMATCH").naming("given", "2A").naming("required", "2B"))
                    .expectNoEvents();
        }

        @Test
        void aCadre_selfReviewsOn2A() {
            fixture.given(reg366Cadre().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F2A, null, 91, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F2A, EXCELLENT, 91, "Tự kiểm điểm",
                            SUBMITTED_ON));
        }

        @Test
        void aRetiredMember_selfReviewsOn2C_andNeedsNoSeparateResidenceComment() {
            fixture.given(reg366Member().outsideThePoliticalSystem().past().selfReviewed().events())
                    .when(new CloseOpinionCollection(REVIEW_ID, null))
                    .expectEvents(new OpinionCollectionClosed(REVIEW_ID, EnumSet.noneOf(OpinionSource.class)));
        }

        @Test
        void aRetiredMemberUsing2B_isRefused() {
            fixture.given(reg366Member().outsideThePoliticalSystem().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F2B, null, 80, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectException(violates("FORM_MISMATCH").naming("required", "2C"))
                    .expectNoEvents();
        }
    }

    /** Art. 11 §1 and Art. 12: self, proposed, decided scores; a rating never above its band, below it with a reason. */
    @Nested
    class Scores {

        @Test
        void theDecisionCarriesItsOwnScore_whenGiven() {
            fixture.given(reg366Member().past().proposed(EXCELLENT, 92).events())
                    .when(new DecideRating(REVIEW_ID, null, EXCELLENT, DECISION_NO, DECIDED_ON, 91, null))
                    .expectEvents(decided(EXCELLENT, 91, null));
        }

        @Test
        void theDecisionAboveItsOwnScoresBand_isRefused() {
            fixture.given(reg366Member().past().proposed(EXCELLENT, 92).events())
                    .when(new DecideRating(REVIEW_ID, null, EXCELLENT, DECISION_NO, DECIDED_ON, 88, null))
                    .expectException(violates("SCORE_BAND").naming("score", 88).naming("highest", GOOD))
                    .expectNoEvents();
        }

        @Test
        void goodAtAnExcellentScore_withoutAReason_isRefused() {
            fixture.given(reg366Member().past().proposed(EXCELLENT, 93).events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON, null, null))
                    .expectException(violates("BELOW_BAND_REASON_REQUIRED").naming("score", 93).naming("band", EXCELLENT))
                    .expectNoEvents();
        }

        @Test
        void goodAtAnExcellentScore_withTheQuotaAsReason_isRecordedWithIt() {
            fixture.given(reg366Member().past().proposed(EXCELLENT, 93).events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON, null, "Giữ tỷ lệ 20% của nhóm"))
                    .expectEvents(decided(GOOD, 93, "Giữ tỷ lệ 20% của nhóm"));
        }

        @Test
        void aDecisionConfirmingAProposalBelowItsBand_standsOnTheProposalsReason() {
            fixture.given(reg366Member().past().voted(GOOD)
                            .then(new RatingProposed(REVIEW_ID, GOOD, 93, GOOD, "Giữ tỷ lệ 20% của nhóm")).events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON, null, null))
                    .expectEvents(decided(GOOD, 93, null));
        }

        @Test
        void aProposalBelowItsBand_needsTheReasonToo() {
            fixture.given(reg366Member().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, COMPLETE, 78, null))
                    .expectException(violates("BELOW_BAND_REASON_REQUIRED"))
                    .expectNoEvents();
        }
    }

    /** Art. 3 (4), Guid. 43 §7.5: whoever is reviewed is rated; long sick leave or maternity on actual work. */
    @Nested
    class ReviewedIsRated {

        private final LeaveRecorded eightMonthsSick =
                new LeaveRecorded(REVIEW_ID, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 31), LeaveKind.SICK);

        @Test
        void eightMonthsOfSickLeave_isStillRated_onTheWorkDone() {
            fixture.given(reg366Member().past().voted(GOOD).then(eightMonthsSick).events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, 75, null))
                    .expectEvents(new RatingProposed(REVIEW_ID, GOOD, 75, GOOD, null));
        }

        @Test
        void aReviewCannotCloseUnrated() {
            fixture.given(reg366Member().past().meetingHeld().then(eightMonthsSick).events())
                    .when(new CloseReview(REVIEW_ID, null, "Không xếp loại"))
                    .expectException(violates("STAGE_ORDER"))
                    .expectNoEvents();
        }
    }

    /** Art. 11 §4: duty-related discipline in the year ⇒ Not complete; self-discovery a recorded discretion. */
    @Nested
    class Discipline {

        private final DisciplineRecorded reprimand = new DisciplineRecorded(REVIEW_ID, LocalDate.of(2025, 6, 2),
                DisciplineForm.KHIEN_TRACH, false, false, null, true);
        private final DisciplineRecorded selfFound = new DisciplineRecorded(REVIEW_ID, LocalDate.of(2025, 6, 2),
                DisciplineForm.KHIEN_TRACH, true, true, null, true);

        @Test
        void aDutyRelatedReprimandInTheYear_capsAtNotComplete_whateverTheScore() {
            fixture.given(reg366Member().past().proposed(NOT_COMPLETE, 40).then(reprimand).events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON, 85, null))
                    .expectException(violates("DISCIPLINE_CAP").naming("cap", NOT_COMPLETE))
                    .expectNoEvents();
        }

        @Test
        void notComplete_despiteAGoodScore_needsNoBelowBandReason_theDisciplineIsTheReason() {
            fixture.given(reg366Member().past().proposed(NOT_COMPLETE, 40).then(reprimand).events())
                    .when(new DecideRating(REVIEW_ID, null, NOT_COMPLETE, DECISION_NO, DECIDED_ON, 85, null))
                    .expectEvents(decided(NOT_COMPLETE, 85, null));
        }

        @Test
        void selfDiscoveredAndRemedied_theCompetentLevelMayRateHigher_recordingItsReason() {
            fixture.given(reg366Member().past().proposed(NOT_COMPLETE, 40).then(selfFound).events())
                    .when(new DecideRating(REVIEW_ID, null, COMPLETE, DECISION_NO, DECIDED_ON, 65, null))
                    .expectException(violates("DISCIPLINE_DISCRETION_REASON"))
                    .expectNoEvents();
            fixture.given(reg366Member().past().proposed(NOT_COMPLETE, 40).then(selfFound).events())
                    .when(new DecideRating(REVIEW_ID, null, COMPLETE, DECISION_NO, DECIDED_ON, 65,
                            "Tự phát hiện, khắc phục xong hậu quả"))
                    .expectEvents(decided(COMPLETE, 65, "Tự phát hiện, khắc phục xong hậu quả"));
        }

        @Test
        void aCadresDutyRelatedDiscipline_isNotedOnTheCycleAsALeadershipMembers() {
            fixture.given(reg366Cadre().past().voted(GOOD).events())
                    .when(new RecordDiscipline(REVIEW_ID, null, LocalDate.of(2025, 6, 2), DisciplineForm.KHIEN_TRACH,
                            false, false, null, true))
                    .expectSuccessfulHandlerExecution();

            verify(cycles).noteDiscipline(ReviewTestData.CYCLE_ID, ReviewTestData.UNIT_ID, REVIEW_ID,
                    SubjectKind.LEADERSHIP_CADRE);
        }

        @Test
        void aDisciplineNotRelatedToDuty_isRecordedButBearsOnNoCollective() {
            fixture.given(reg366Cadre().past().voted(GOOD).events())
                    .when(new RecordDiscipline(REVIEW_ID, null, LocalDate.of(2025, 6, 2), DisciplineForm.KHIEN_TRACH,
                            false, false, null, false))
                    .expectEvents(new DisciplineRecorded(REVIEW_ID, LocalDate.of(2025, 6, 2), DisciplineForm.KHIEN_TRACH,
                            false, false, null, false));

            verify(cycles, never()).noteDiscipline(any(), any(), any(), any());
        }
    }

    /** Art. 11 §1: Excellent needs every shortcoming of earlier reviews remedied. */
    @Nested
    class EarlierShortcomings {

        @Test
        void shortcomingsStillOutstanding_barExcellent() {
            fixture.given(reg366Member().past().proposed(EXCELLENT, 95)
                            .then(new EarlierShortcomingsRecorded(REVIEW_ID, 2, 1, "Chưa khắc phục xong")).events())
                    .when(new DecideRating(REVIEW_ID, null, EXCELLENT, DECISION_NO, DECIDED_ON, null, null))
                    .expectException(violates("EXCELLENT_SHORTCOMINGS").naming("outstanding", 1))
                    .expectNoEvents();
        }

        @Test
        void theLatestRecordCounts_allRemediedAllowsExcellent() {
            fixture.given(reg366Member().past().proposed(EXCELLENT, 95)
                            .then(new EarlierShortcomingsRecorded(REVIEW_ID, 2, 1, null),
                                    new EarlierShortcomingsRecorded(REVIEW_ID, 2, 2, "Đã khắc phục")).events())
                    .when(new DecideRating(REVIEW_ID, null, EXCELLENT, DECISION_NO, DECIDED_ON, null, null))
                    .expectEvents(decided(EXCELLENT, 95, null));
        }

        @Test
        void aRecordIsTakenBeforeTheDecision_andMustAddUp() {
            fixture.given(reg366Member().past().voted(GOOD).events())
                    .when(new RecordEarlierShortcomings(REVIEW_ID, null, 1, 2, null))
                    .expectException(violates("SHORTCOMINGS_REMEDIED_EXCEED"))
                    .expectNoEvents();
            fixture.given(reg366Member().past().decided(GOOD).events())
                    .when(new RecordEarlierShortcomings(REVIEW_ID, null, 1, 1, null))
                    .expectException(violates("STAGE_ORDER"))
                    .expectNoEvents();
        }
    }

    /** Art. 12 step 3: complaints are verified before the final decision. */
    @Nested
    class Complaints {

        @Test
        void aComplaintIsLodgedFromOpening() {
            fixture.given(reg366Member().event())
                    .when(new LodgeComplaint(REVIEW_ID, null, "k-1", "Nguyễn Văn Bình", "Phản ánh", LocalDate.of(2025, 11, 20)))
                    .expectEvents(new ComplaintLodged(REVIEW_ID, "k-1", "Nguyễn Văn Bình", "Phản ánh", LocalDate.of(2025, 11, 20)));
        }

        @Test
        void anOpenComplaint_blocksTheDecision_untilResolved() {
            ComplaintLodged lodged = new ComplaintLodged(REVIEW_ID, "k-1", "Nguyễn Văn Bình", "Phản ánh", LocalDate.of(2025, 11, 20));
            fixture.given(reg366Member().past().proposed(GOOD).then(lodged).events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON, null, null))
                    .expectException(violates("COMPLAINT_OPEN"))
                    .expectNoEvents();
            fixture.given(reg366Member().past().proposed(GOOD).then(lodged,
                            new ComplaintResolved(REVIEW_ID, "k-1", ComplaintOutcome.REJECTED, "Không có cơ sở")).events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON, null, null))
                    .expectEvents(decided(GOOD, 80, null));
        }
    }

    /** Art. 15 §3: the competent level re-rates at any time, after close too, with a reason and a score. */
    @Nested
    class ReRating {

        private final ReviewClosed closed = new ReviewClosed(REVIEW_ID, "Hoàn tất");

        @Test
        void aClosedReview_isReRatedByTheOffice_withItsNewScore_namingTheDecisionItReplaces() {
            fixture.given(reg366Member().past().announced(GOOD).then(closed).events())
                    .when(new ReclassifyRating(REVIEW_ID, null, COMPLETE, "03-QĐ/TU", "Phát hiện khuyết điểm sau", 62), OFFICE)
                    .expectEvents(new RatingReclassified(REVIEW_ID, QUOTA_GROUP, COMPLETE, GOOD, "03-QĐ/TU", DECISION_NO,
                            "Phát hiện khuyết điểm sau", 62, 80));
        }

        @Test
        void aReRatingWithoutAScore_isRefused() {
            fixture.given(reg366Member().past().announced(GOOD).then(closed).events())
                    .when(new ReclassifyRating(REVIEW_ID, null, COMPLETE, "03-QĐ/TU", "Lý do", null), OFFICE)
                    .expectException(violates("SCORE_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void aSecretary_cannotReRate() {
            fixture.given(reg366Member().past().announced(GOOD).events())
                    .when(new ReclassifyRating(REVIEW_ID, null, COMPLETE, "03-QĐ/TU", "Lý do", 62), SECRETARY)
                    .expectException(violates("RECLASSIFY_COMPETENT_LEVEL"))
                    .expectNoEvents();
        }
    }

    /** Guid. 43 §3: collectives are scored and rated the same way. */
    @Test
    void aPartyOrganization_reportsOnForm01_withAScore() {
        fixture.given(reg366Organization().event())
                .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F01, null, 88, "Báo cáo kiểm điểm", SUBMITTED_ON))
                .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F01, GOOD, 88, "Báo cáo kiểm điểm",
                        SUBMITTED_ON));
    }
}
