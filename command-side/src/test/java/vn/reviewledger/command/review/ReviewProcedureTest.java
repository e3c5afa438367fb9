package vn.reviewledger.command.review;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static vn.reviewledger.command.review.ReviewTestData.CYCLE_ID;
import static vn.reviewledger.command.review.ReviewTestData.DECIDED_ON;
import static vn.reviewledger.command.review.ReviewTestData.DECISION_NO;
import static vn.reviewledger.command.review.ReviewTestData.MEETING_ON;
import static vn.reviewledger.command.review.ReviewTestData.QUOTA_GROUP;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.SUBMITTED_ON;
import static vn.reviewledger.command.review.ReviewTestData.UNIT_ID;
import static vn.reviewledger.command.review.ReviewTestData.leadershipCadre;
import static vn.reviewledger.command.review.ReviewTestData.partyMember;
import static vn.reviewledger.command.review.ReviewTestData.partyOrganization;
import static vn.reviewledger.command.rules.Violations.violates;
import static vn.reviewledger.kernel.common.Rating.COMPLETE;
import static vn.reviewledger.kernel.common.Rating.EXCELLENT;
import static vn.reviewledger.kernel.common.Rating.GOOD;
import static vn.reviewledger.kernel.common.Rating.NOT_COMPLETE;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.cycle.RatingChange;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.common.VoteMethod;
import vn.reviewledger.kernel.review.ReviewCommands.AnnounceRating;
import vn.reviewledger.kernel.review.ReviewCommands.CloseOpinionCollection;
import vn.reviewledger.kernel.review.ReviewCommands.CloseReview;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.HoldMeeting;
import vn.reviewledger.kernel.review.ReviewCommands.HoldVote;
import vn.reviewledger.kernel.review.ReviewCommands.ProposeRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordOpinion;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;
import vn.reviewledger.kernel.review.ReviewCommands.VoteResult;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionCollectionClosed;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.RatingAnnounced;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingProposed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewClosed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewMeetingHeld;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;
import vn.reviewledger.kernel.review.ReviewEvents.VoteHeld;
import vn.reviewledger.kernel.review.ReviewEvents.VoteInconclusive;

/**
 * The procedure of one review, stage by stage (Hướng dẫn 25-HD/BTCTW, Part III): given the past,
 * when the next step, then its event, or the named refusal and no event at all.
 */
class ReviewProcedureTest {

    private final CycleDirectory cycles = mock(CycleDirectory.class);
    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReviewFixtures.withoutDeadlines(cycles);
    }

    static Map<Rating, Integer> votes(int excellent, int good, int complete, int notComplete) {
        Map<Rating, Integer> m = new EnumMap<>(Rating.class);
        m.put(EXCELLENT, excellent);
        m.put(GOOD, good);
        m.put(COMPLETE, complete);
        m.put(NOT_COMPLETE, notComplete);
        return m;
    }

    @Nested
    class APartyMemberStepByStep {

        @Test
        void stage1_theMemberSubmitsASelfReviewOnForm02A() {
            fixture.given(partyMember().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02A, GOOD, null, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F02A, GOOD, null, "Tự kiểm điểm",
                            SUBMITTED_ON))
                    // The answer is the review's new version, which the client sends back as If-Match.
                    .expectResultMessagePayload(1L);
        }

        @Test
        void stage2_anOpinionFromTheResidenceCellIsRecorded() {
            fixture.given(partyMember().past().selfReviewed().events())
                    .when(new RecordOpinion(REVIEW_ID, null, "op-1", OpinionSource.RESIDENCE_CELL, null, "Bí thư chi bộ tổ dân phố 5",
                            "Gương mẫu ở nơi cư trú"))
                    .expectEvents(new OpinionRecorded(REVIEW_ID, "op-1", OpinionSource.RESIDENCE_CELL, null,
                            "Bí thư chi bộ tổ dân phố 5", "Gương mẫu ở nơi cư trú"));
        }

        @Test
        void stage2_opinionsMayArriveBeforeTheSelfReview() {
            fixture.given(partyMember().event())
                    .when(new RecordOpinion(REVIEW_ID, null, "op-1", OpinionSource.RESIDENCE_CELL, null, "Chi bộ nơi cư trú", "Tốt"))
                    .expectEvents(new OpinionRecorded(REVIEW_ID, "op-1", OpinionSource.RESIDENCE_CELL, null, "Chi bộ nơi cư trú", "Tốt"));
        }

        @Test
        void stage2_collectionClosesOnceTheResidenceCellHasSpoken() {
            fixture.given(partyMember().past().selfReviewed()
                            .then(new OpinionRecorded(REVIEW_ID, "op-1", OpinionSource.RESIDENCE_CELL, null, "Chi bộ nơi cư trú", "Tốt"))
                            .events())
                    .when(new CloseOpinionCollection(REVIEW_ID, null))
                    .expectEvents(new OpinionCollectionClosed(REVIEW_ID, EnumSet.of(OpinionSource.RESIDENCE_CELL)));
        }

        @Test
        void stage2_collectionCannotCloseWithoutTheResidenceCell() {
            fixture.given(partyMember().past().selfReviewed()
                            .then(new OpinionRecorded(REVIEW_ID, "op-1", OpinionSource.OTHER, null, "Công đoàn", "Tốt"))
                            .events())
                    .when(new CloseOpinionCollection(REVIEW_ID, null))
                    .expectException(violates("OPINION_SOURCES_MISSING")
                            .naming("missing", EnumSet.of(OpinionSource.RESIDENCE_CELL)))
                    .expectExceptionMessage(containsString("Chi ủy nơi cư trú"))
                    .expectNoEvents();
        }

        @Test
        void stage3_theMeetingIsHeldWithAQuorum() {
            fixture.given(partyMember().past().opinionsCollected().events())
                    .when(new HoldMeeting(REVIEW_ID, null, MEETING_ON, 10, 6, 3, "Biên bản"))
                    .expectEvents(new ReviewMeetingHeld(REVIEW_ID, MEETING_ON, 10, 6, 3, "Biên bản"));
        }

        @Test
        void stage3_aMeetingWithHalfTheEligiblePresent_hasNoQuorum() {
            fixture.given(partyMember().past().opinionsCollected().events())
                    .when(new HoldMeeting(REVIEW_ID, null, MEETING_ON, 10, 5, 5, "Biên bản"))
                    .expectException(violates("QUORUM").naming("present", 5).naming("eligible", 10).naming("required", 6L))
                    .expectExceptionMessage("Hội nghị kiểm điểm không đủ số lượng: có mặt 5/10 đảng viên chính thức, cần ít nhất 6.")
                    .expectNoEvents();
        }

        @Test
        void stage3_theMeetingCannotPrecedeTheSelfReview() {
            LocalDate before = SUBMITTED_ON.minusDays(1);
            fixture.given(partyMember().past().opinionsCollected().events())
                    .when(new HoldMeeting(REVIEW_ID, null, before, 10, 9, 1, "Biên bản"))
                    .expectException(violates("MEETING_BEFORE_SELF_REVIEW").naming("heldOn", before)
                            .naming("submittedOn", SUBMITTED_ON))
                    .expectNoEvents();
        }

        @Test
        void stage4_theVoteIsCountedCumulatively_E4G3C2N0OfTenIsGood() {
            fixture.given(partyMember().past().meetingHeld().events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SECRET_BALLOT, 10, 9, votes(4, 3, 2, 0)))
                    .expectEvents(new VoteHeld(REVIEW_ID, 1, VoteMethod.SECRET_BALLOT, 10, 9, votes(4, 3, 2, 0), GOOD))
                    .expectResultMessagePayload(new VoteResult(GOOD, false, 1, 5L));
        }

        @Test
        void stage5_aProposalMatchingTheVoteNeedsNoReason() {
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .expectEvents(new RatingProposed(REVIEW_ID, GOOD, null, GOOD, null));
        }

        @Test
        void stage6_theCompetentLevelDecides_andTheCycleRecordsTheDecisionInItsQuotaGroup() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON))
                    .expectEvents(new RatingDecided(REVIEW_ID, QUOTA_GROUP, GOOD, DECISION_NO, DECIDED_ON))
                    .expectResultMessagePayload(7L);

            // The rules across reviews (quota, order) are the cycle's: it is handed this review's change.
            verify(cycles).recordDecision(CYCLE_ID, QUOTA_GROUP, DECISION_NO, List.of(partyMember().change(null, GOOD)));
        }

        @Test
        void stage6_whenTheCycleRefusesTheDecision_theReviewIsNotDecidedEither() {
            doThrow(RuleViolation.conflict("EXCELLENT_QUOTA", "group", "Đảng viên", "excellent", 3, "good", 10,
                    "limit", 2L, "share", "0.2"))
                    .when(cycles).recordDecision(any(), any(), any(), any());

            fixture.given(partyMember().past().proposed(EXCELLENT).events())
                    .when(new DecideRating(REVIEW_ID, null, EXCELLENT, DECISION_NO, DECIDED_ON))
                    .expectException(violates("EXCELLENT_QUOTA").naming("limit", 2L))
                    .expectNoEvents();
        }

        @Test
        void stage7_theRatingIsAnnounced() {
            LocalDate on = LocalDate.of(2024, 12, 20);
            fixture.given(partyMember().past().decided(GOOD).events())
                    .when(new AnnounceRating(REVIEW_ID, null, on))
                    .expectEvents(new RatingAnnounced(REVIEW_ID, on));
        }

        @Test
        void after_theAnnouncedReviewIsClosed() {
            fixture.given(partyMember().past().announced(GOOD).events())
                    .when(new CloseReview(REVIEW_ID, null, "Hoàn tất"))
                    .expectEvents(new ReviewClosed(REVIEW_ID, "Hoàn tất"));
        }
    }

    @Nested
    class TheRevote {

        @Test
        void aVoteWhereNoLevelHasAMajority_isRecordedAsInconclusiveAndAsksForARevote() {
            fixture.given(partyMember().past().meetingHeld().events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SECRET_BALLOT, 10, 9, votes(2, 2, 1, 0)))
                    .expectEvents(new VoteInconclusive(REVIEW_ID, 1, VoteMethod.SECRET_BALLOT, 10, 9, votes(2, 2, 1, 0)))
                    .expectResultMessagePayload(new VoteResult(null, true, 1, 5L));
        }

        @Test
        void theRevoteIsRoundTwoAndDecides() {
            fixture.given(partyMember().past().meetingHeld()
                            .then(new VoteInconclusive(REVIEW_ID, 1, VoteMethod.SECRET_BALLOT, 10, 9, votes(2, 2, 1, 0)))
                            .events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SHOW_OF_HANDS, 10, 9, votes(4, 3, 2, 0)))
                    .expectEvents(new VoteHeld(REVIEW_ID, 2, VoteMethod.SHOW_OF_HANDS, 10, 9, votes(4, 3, 2, 0), GOOD));
        }

        @Test
        void afterAnInconclusiveVote_nothingCanBeProposedUntilTheRevote() {
            fixture.given(partyMember().past().meetingHeld()
                            .then(new VoteInconclusive(REVIEW_ID, 1, VoteMethod.SECRET_BALLOT, 10, 9, votes(2, 2, 1, 0)))
                            .events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.MEETING_HELD))
                    .expectNoEvents();
        }

        @Test
        void aVoteWithMoreBallotsThanMembersPresent_isRefusedAsBadInput() {
            // The meeting recorded 10 eligible and 9 present.
            fixture.given(partyMember().past().meetingHeld().events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SECRET_BALLOT, null, null, votes(4, 3, 2, 1)))
                    .expectException(violates("VOTES_EXCEED_PRESENT").naming("cast", 10L).naming("present", 9))
                    .expectNoEvents();
        }

        /** DESIGN.md stage 4: counted against the meeting's eligible and present, not numbers typed again. */
        @Test
        void aVoteNamingOtherNumbersThanTheMeeting_isRefused_aSmallerEligibleCannotMakeAMajority() {
            // Meeting: 10 eligible. Typed: 6 eligible, so 4 Good would be "more than half".
            fixture.given(partyMember().past().meetingHeld().events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SECRET_BALLOT, 6, 6, votes(0, 4, 2, 0)))
                    .expectException(violates("VOTE_MEETING_MISMATCH").naming("eligible", 6).naming("meetingEligible", 10)
                            .naming("meetingPresent", 9))
                    .expectNoEvents();
        }

        @Test
        void aVoteWithoutNumbers_isCountedAgainstTheMeetings() {
            // 2 Good and 2 Complete: 4 of the meeting's 10 eligible is no majority, so a re-vote is owed.
            fixture.given(partyMember().past().meetingHeld().events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SECRET_BALLOT, null, null, votes(0, 2, 2, 0)))
                    .expectEvents(new VoteInconclusive(REVIEW_ID, 1, VoteMethod.SECRET_BALLOT, 10, 9, votes(0, 2, 2, 0)));
        }
    }

    @Nested
    class OtherSubjects {

        @Test
        void aMemberWithALeadershipPost_selfReviewsOnForm02B() {
            fixture.given(partyMember().withLeadershipPost().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02B, GOOD, null, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F02B, GOOD, null, "Tự kiểm điểm",
                            SUBMITTED_ON));
        }

        @Test
        void aMemberWithALeadershipPostOnForm02A_isRefused() {
            fixture.given(partyMember().withLeadershipPost().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02A, GOOD, null, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectException(violates("FORM_MISMATCH").naming("given", "02A").naming("required", "02B"))
                    .expectNoEvents();
        }

        @Test
        void aMemberWithoutASelfRating_isRefused() {
            fixture.given(partyMember().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02A, null, null, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectException(violates("SELF_RATING_REQUIRED"))
                    .expectNoEvents();
        }

        /** DESIGN.md stage 2: the residence committee comments on every individual, a cadre included. */
        @Test
        void aLeadershipCadre_needsTheResidenceCommentBesideTheLeadershipCollective() {
            fixture.given(leadershipCadre().past().selfReviewed()
                            .then(new OpinionRecorded(REVIEW_ID, "op-1", OpinionSource.LEADERSHIP_COLLECTIVE, null, "Ban Thường vụ", "Tốt"))
                            .events())
                    .when(new CloseOpinionCollection(REVIEW_ID, null))
                    .expectException(violates("OPINION_SOURCES_MISSING")
                            .naming("missing", EnumSet.of(OpinionSource.RESIDENCE_CELL)))
                    .expectNoEvents();
        }

        @Test
        void aLeadershipCadre_withBothOpinions_closesCollection() {
            fixture.given(leadershipCadre().past().selfReviewed()
                            .then(new OpinionRecorded(REVIEW_ID, "op-1", OpinionSource.LEADERSHIP_COLLECTIVE, null, "Ban Thường vụ", "Tốt"),
                                    new OpinionRecorded(REVIEW_ID, "op-2", OpinionSource.RESIDENCE_CELL, null, "Chi ủy khu phố 2", "Tốt"))
                            .events())
                    .when(new CloseOpinionCollection(REVIEW_ID, null))
                    .expectEvents(new OpinionCollectionClosed(REVIEW_ID,
                            EnumSet.of(OpinionSource.RESIDENCE_CELL, OpinionSource.LEADERSHIP_COLLECTIVE)));
        }
    }

    @Nested
    class ACollectiveStepByStep {

        @Test
        void stage1_theCollectiveReportsOnForm01() {
            fixture.given(partyOrganization().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F01, GOOD, null, "Dự thảo báo cáo kiểm điểm",
                            SUBMITTED_ON))
                    .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F01, GOOD, null,
                            "Dự thảo báo cáo kiểm điểm", SUBMITTED_ON));
        }

        @Test
        void stage1_aCollectiveOnAnIndividualForm_isRefused() {
            fixture.given(partyOrganization().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02B, GOOD, null, "Báo cáo", SUBMITTED_ON))
                    .expectException(violates("FORM_MISMATCH").naming("required", "01"))
                    .expectNoEvents();
        }

        @Test
        void stage2_theCollectiveNeedsTheSuperiorsOpinion() {
            fixture.given(partyOrganization().past().selfReviewed().events())
                    .when(new CloseOpinionCollection(REVIEW_ID, null))
                    .expectException(violates("OPINION_SOURCES_MISSING").naming("missing", EnumSet.of(OpinionSource.SUPERIOR)))
                    .expectNoEvents();
        }

        @Test
        void stage2_withTheSuperiorsOpinion_collectionCloses() {
            fixture.given(partyOrganization().past().selfReviewed()
                            .then(new OpinionRecorded(REVIEW_ID, "op-1", OpinionSource.SUPERIOR, null, "Đảng ủy Khối", "Nhất trí"))
                            .events())
                    .when(new CloseOpinionCollection(REVIEW_ID, null))
                    .expectEvents(new OpinionCollectionClosed(REVIEW_ID, EnumSet.of(OpinionSource.SUPERIOR)));
        }

        @Test
        void stage4_aCollectiveIsVotedOnLikeAnIndividual_sixOfTenIsExcellent() {
            fixture.given(partyOrganization().past().meetingHeld().events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SECRET_BALLOT, 10, 9, votes(6, 3, 0, 0)))
                    .expectEvents(new VoteHeld(REVIEW_ID, 1, VoteMethod.SECRET_BALLOT, 10, 9, votes(6, 3, 0, 0), EXCELLENT));
        }

        @Test
        void stage3_theDraftReportWentOutThreeWorkingDaysBefore_theMeetingIsHeld() {
            // Draft sent Monday 25 November 2024; Tuesday, Wednesday and Thursday lie before Friday's meeting.
            LocalDate friday = LocalDate.of(2024, 11, 29);
            fixture.given(partyOrganization().selfReviewedOn(LocalDate.of(2024, 11, 25)).past().opinionsCollected().events())
                    .when(new HoldMeeting(REVIEW_ID, null, friday, 12, 11, 1, "Biên bản hội nghị chi bộ"))
                    .expectEvents(new ReviewMeetingHeld(REVIEW_ID, friday, 12, 11, 1, "Biên bản hội nghị chi bộ"));
        }

        @Test
        void stage3_aDraftReportSentOnlyTwoWorkingDaysBefore_isRefusedNamingBothDates() {
            LocalDate monday = LocalDate.of(2024, 11, 25);
            LocalDate thursday = LocalDate.of(2024, 11, 28);
            fixture.given(partyOrganization().selfReviewedOn(monday).past().opinionsCollected().events())
                    .when(new HoldMeeting(REVIEW_ID, null, thursday, 12, 11, 1, "Biên bản"))
                    .expectException(violates("DRAFT_CIRCULATION").naming("circulatedOn", monday).naming("heldOn", thursday)
                            .naming("workingDays", 2).naming("required", 3))
                    .expectNoEvents();
        }

        @Test
        void stage3_anIndividualsSelfReviewNeedsNoCirculationTime() {
            // A member's form 02A handed in the day before the meeting is in time; only form 01 circulates.
            LocalDate monday = LocalDate.of(2024, 11, 25);
            fixture.given(partyMember().selfReviewedOn(monday).past().opinionsCollected().events())
                    .when(new HoldMeeting(REVIEW_ID, null, monday.plusDays(1), 10, 9, 1, "Biên bản"))
                    .expectEvents(new ReviewMeetingHeld(REVIEW_ID, monday.plusDays(1), 10, 9, 1, "Biên bản"));
        }

        @Test
        void stage6_aCollectiveIsDecidedInItsQuotaGroup_andTheCycleLearnsTheCollectiveIsDecided() {
            ReviewTestData.Opening cell = partyOrganization().inQuotaGroup("qg-chi-bo");
            fixture.given(cell.past().proposed(EXCELLENT).events())
                    .when(new DecideRating(REVIEW_ID, null, EXCELLENT, DECISION_NO, DECIDED_ON))
                    .expectEvents(new RatingDecided(REVIEW_ID, "qg-chi-bo", EXCELLENT, DECISION_NO, DECIDED_ON));

            verify(cycles).recordDecision(CYCLE_ID, "qg-chi-bo", DECISION_NO, List.of(
                    new RatingChange(REVIEW_ID, UNIT_ID, SubjectKind.PARTY_ORGANIZATION, "Chi bộ Văn phòng", false, null,
                            EXCELLENT)));
        }
    }

    @Nested
    class StepsOutOfTurn {

        @Test
        void theMeetingCannotBeHeldBeforeOpinionsAreCollected() {
            fixture.given(partyMember().event())
                    .when(new HoldMeeting(REVIEW_ID, null, MEETING_ON, 10, 9, 1, "Biên bản"))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.OPENED)
                            .naming("expected", List.of(Stage.OPINIONS_COLLECTED)))
                    .expectExceptionMessage(containsString("«Đã mở»"))
                    .expectNoEvents();
        }

        @Test
        void theSelfReviewCannotBeSubmittedTwice() {
            fixture.given(partyMember().past().selfReviewed().events())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02A, EXCELLENT, null, "Lần hai", SUBMITTED_ON))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.SELF_REVIEW_SUBMITTED))
                    .expectNoEvents();
        }

        @Test
        void collectionCannotCloseBeforeTheSelfReview() {
            fixture.given(partyMember().past().then(
                            new OpinionRecorded(REVIEW_ID, "op-1", OpinionSource.RESIDENCE_CELL, null, "Chi bộ nơi cư trú", "Tốt")).events())
                    .when(new CloseOpinionCollection(REVIEW_ID, null))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.OPENED))
                    .expectNoEvents();
        }

        @Test
        void noOpinionIsTakenAfterCollectionHasClosed() {
            fixture.given(partyMember().past().opinionsCollected().events())
                    .when(new RecordOpinion(REVIEW_ID, null, "op-9", OpinionSource.OTHER, null, "Muộn", "Muộn"))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.OPINIONS_COLLECTED))
                    .expectNoEvents();
        }

        @Test
        void noVoteBeforeTheMeeting() {
            fixture.given(partyMember().past().opinionsCollected().events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SECRET_BALLOT, 10, 9, votes(4, 3, 2, 0)))
                    .expectException(violates("STAGE_ORDER").naming("expected", List.of(Stage.MEETING_HELD)))
                    .expectNoEvents();
        }

        @Test
        void noSecondVoteOnceTheVoteHasDecided() {
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new HoldVote(REVIEW_ID, null, VoteMethod.SECRET_BALLOT, 10, 9, votes(6, 3, 0, 0)))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.VOTED))
                    .expectNoEvents();
        }

        @Test
        void noProposalBeforeTheVote() {
            fixture.given(partyMember().past().meetingHeld().events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .expectException(violates("STAGE_ORDER").naming("expected", List.of(Stage.VOTED)))
                    .expectNoEvents();
        }

        @Test
        void noDecisionBeforeTheProposal() {
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new DecideRating(REVIEW_ID, null, GOOD, DECISION_NO, DECIDED_ON))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.VOTED)
                            .naming("expected", List.of(Stage.PROPOSED)))
                    .expectNoEvents();
        }

        @Test
        void noSecondDecision_aChangeIsAReclassification() {
            fixture.given(partyMember().past().decided(GOOD).events())
                    .when(new DecideRating(REVIEW_ID, null, EXCELLENT, "126-QĐ/ĐU", DECIDED_ON))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.DECIDED))
                    .expectNoEvents();
        }

        @Test
        void noAnnouncementBeforeTheDecision() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(new AnnounceRating(REVIEW_ID, null, DECIDED_ON))
                    .expectException(violates("STAGE_ORDER").naming("expected", List.of(Stage.DECIDED)))
                    .expectNoEvents();
        }

        @Test
        void aRefusalIsARuleViolationThatNamesItsRuleInVietnamese() {
            fixture.given(partyMember().event())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(
                            "Bước này chưa thực hiện được: hồ sơ đang ở bước «Đã mở», bước này cần hồ sơ ở bước «Đã biểu quyết».")
                    .expectNoEvents();
        }
    }
}
