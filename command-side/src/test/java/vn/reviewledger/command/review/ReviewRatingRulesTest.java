package vn.reviewledger.command.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static vn.reviewledger.command.review.ReviewTestData.CYCLE_ID;
import static vn.reviewledger.command.review.ReviewTestData.DECIDED_ON;
import static vn.reviewledger.command.review.ReviewTestData.DECISION_NO;
import static vn.reviewledger.command.review.ReviewTestData.QUOTA_GROUP;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.SUBMITTED_ON;
import static vn.reviewledger.command.review.ReviewTestData.UNIT_ID;
import static vn.reviewledger.command.review.ReviewTestData.partyMember;
import static vn.reviewledger.command.review.ReviewTestData.partyOrganization;
import static vn.reviewledger.command.review.ReviewTestData.reg366Member;
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
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRatingsInGroup.Entry;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRatingsInGroup;
import vn.reviewledger.kernel.review.ReviewCommands.ProposeRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordCivilServantRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordDiscipline;
import vn.reviewledger.kernel.review.ReviewCommands.RecordLeave;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;
import vn.reviewledger.kernel.review.ReviewEvents.CivilServantRatingRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingProposed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewClosed;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;

/**
 * The rules that bear on the rating itself, on the proposal (stage 5) and on the decision (stage 6):
 * the reason for departing from the vote, the caps of discipline, leave and civil service, the score
 * band of Regulation 366, and a quota group's decision taken all or nothing.
 */
class ReviewRatingRulesTest {

    private static final DisciplineRecorded DISCIPLINED_IN_2024 =
            new DisciplineRecorded(REVIEW_ID, LocalDate.of(2024, 5, 10), DisciplineForm.KHIEN_TRACH, false, false);

    private final CycleDirectory cycles = mock(CycleDirectory.class);
    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReviewFixtures.withoutDeadlines(cycles);
    }

    private static DecideRating decide(Rating rating) {
        return new DecideRating(REVIEW_ID, null, rating, DECISION_NO, DECIDED_ON);
    }

    private static RatingDecided decided(Rating rating) {
        return new RatingDecided(REVIEW_ID, QUOTA_GROUP, rating, DECISION_NO, DECIDED_ON);
    }

    @Nested
    class TheProposal {

        @Test
        void aProposalDifferingFromTheVote_withoutAReason_isRefused() {
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, EXCELLENT, null, null))
                    .expectException(violates("PROPOSAL_REASON_REQUIRED").naming("proposed", EXCELLENT).naming("voted", GOOD))
                    .expectNoEvents();
        }

        @Test
        void aProposalDifferingFromTheVote_withAReason_isRecordedBesideTheVote() {
            String reason = "Đạt danh hiệu chiến sĩ thi đua cơ sở";
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, EXCELLENT, null, reason))
                    .expectEvents(new RatingProposed(REVIEW_ID, EXCELLENT, null, GOOD, reason));
        }

        @Test
        void aProposalMatchingTheVote_isStillCappedByDisciplineInTheYear() {
            fixture.given(partyMember().past().voted(GOOD).then(DISCIPLINED_IN_2024).events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .expectException(violates("DISCIPLINE_CAP").naming("cap", NOT_COMPLETE))
                    .expectNoEvents();
        }
    }

    @Nested
    class DisciplineCap {

        @Test
        void disciplineInTheYear_isRecorded_andNotedOnTheCycleSoTheMembersCollectivesCannotBeExcellent() {
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new RecordDiscipline(REVIEW_ID, null, LocalDate.of(2024, 5, 10), DisciplineForm.KHIEN_TRACH,
                            false, false))
                    .expectEvents(DISCIPLINED_IN_2024)
                    .expectResultMessagePayload(6L);

            verify(cycles).noteDiscipline(CYCLE_ID, UNIT_ID, REVIEW_ID, SubjectKind.PARTY_MEMBER);
        }

        @Test
        void disciplineSelfDiscoveredAndRemedied_isRecordedButNotHeldAgainstTheCollectives() {
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new RecordDiscipline(REVIEW_ID, null, LocalDate.of(2024, 5, 10), DisciplineForm.KHIEN_TRACH,
                            true, true))
                    .expectEvents(new DisciplineRecorded(REVIEW_ID, LocalDate.of(2024, 5, 10), DisciplineForm.KHIEN_TRACH,
                            true, true));

            verify(cycles, never()).noteDiscipline(any(), any(), any(), any());
        }

        @Test
        void disciplineOfAnotherYear_isRecordedButNotHeldAgainstTheCollectives() {
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new RecordDiscipline(REVIEW_ID, null, LocalDate.of(2023, 11, 20), DisciplineForm.CANH_CAO,
                            false, false))
                    .expectEvents(new DisciplineRecorded(REVIEW_ID, LocalDate.of(2023, 11, 20), DisciplineForm.CANH_CAO,
                            false, false));

            verify(cycles, never()).noteDiscipline(any(), any(), any(), any());
        }

        @Test
        void aClosedReview_takesNoDiscipline_andTheCycleHearsNothing() {
            fixture.given(partyMember().past().announced(GOOD)
                            .then(new ReviewClosed(REVIEW_ID, "Hoàn tất")).events())
                    .when(new RecordDiscipline(REVIEW_ID, null, LocalDate.of(2024, 12, 30), DisciplineForm.KHIEN_TRACH,
                            false, false))
                    .expectException(violates("REVIEW_FINISHED"))
                    .expectNoEvents();

            verify(cycles, never()).noteDiscipline(any(), any(), any(), any());
        }

        @Test
        void disciplineInTheYear_capsTheDecisionAtNotComplete() {
            fixture.given(partyMember().past().proposed(GOOD).then(DISCIPLINED_IN_2024).events())
                    .when(decide(COMPLETE))
                    .expectException(violates("DISCIPLINE_CAP").naming("rating", COMPLETE).naming("year", 2024)
                            .naming("imposedOn", LocalDate.of(2024, 5, 10)))
                    .expectNoEvents();
        }

        @Test
        void disciplineInTheYear_stillAllowsNotComplete() {
            fixture.given(partyMember().past().proposed(GOOD).then(DISCIPLINED_IN_2024).events())
                    .when(decide(NOT_COMPLETE))
                    .expectEvents(decided(NOT_COMPLETE));
        }

        @Test
        void disciplineInAnotherYear_doesNotCap() {
            fixture.given(partyMember().past().proposed(EXCELLENT)
                            .then(new DisciplineRecorded(REVIEW_ID, LocalDate.of(2023, 11, 20), DisciplineForm.CANH_CAO, false, false))
                            .events())
                    .when(decide(EXCELLENT))
                    .expectEvents(decided(EXCELLENT));
        }

        @Test
        void disciplineSelfDiscoveredAndRemedied_doesNotCap() {
            fixture.given(partyMember().past().proposed(GOOD)
                            .then(new DisciplineRecorded(REVIEW_ID, LocalDate.of(2024, 5, 10), DisciplineForm.KHIEN_TRACH, true, true))
                            .events())
                    .when(decide(GOOD))
                    .expectEvents(decided(GOOD));
        }

        @Test
        void disciplineSelfDiscoveredButNotRemedied_caps() {
            fixture.given(partyMember().past().proposed(GOOD)
                            .then(new DisciplineRecorded(REVIEW_ID, LocalDate.of(2024, 5, 10), DisciplineForm.KHIEN_TRACH, true, false))
                            .events())
                    .when(decide(GOOD))
                    .expectException(violates("DISCIPLINE_CAP"))
                    .expectNoEvents();
        }
    }

    @Nested
    class LeaveCap {

        // 1 January to 30 April 2024: 121 days, between three and six months.
        private final LeaveRecorded fourMonthsMaternity =
                new LeaveRecorded(REVIEW_ID, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), LeaveKind.MATERNITY);
        // 1 January to 31 August 2024: 244 days, so only 122 days worked.
        private final LeaveRecorded eightMonthsSick =
                new LeaveRecorded(REVIEW_ID, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31), LeaveKind.SICK);

        @Test
        void leaveIsRecorded() {
            fixture.given(partyMember().past().selfReviewed().events())
                    .when(new RecordLeave(REVIEW_ID, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), LeaveKind.MATERNITY))
                    .expectEvents(fourMonthsMaternity);
        }

        @Test
        void leaveEndingBeforeItStarts_isRefusedAsBadInput() {
            fixture.given(partyMember().event())
                    .when(new RecordLeave(REVIEW_ID, null, LocalDate.of(2024, 4, 30), LocalDate.of(2024, 1, 1), LeaveKind.SICK))
                    .expectException(violates("LEAVE_DATES"))
                    .expectNoEvents();
        }

        // 1 March to 30 June 2024: 122 days of sick leave, three months or more.
        private final LeaveRecorded fourMonthsSick =
                new LeaveRecorded(REVIEW_ID, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), LeaveKind.SICK);
        // 1 January to 31 August 2024: 244 days of maternity leave.
        private final LeaveRecorded eightMonthsMaternity =
                new LeaveRecorded(REVIEW_ID, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31), LeaveKind.MATERNITY);

        /** Guid. 21/2019 (kept as REG_124's parameter): sick leave of three months or more ⇒ at most Complete. */
        @Test
        void threeMonthsOfSickLeave_capsAtComplete() {
            fixture.given(partyMember().past().proposed(EXCELLENT).then(fourMonthsSick).events())
                    .when(decide(GOOD))
                    .expectException(violates("LEAVE_CAP").naming("leaveDays", 122L).naming("months", 3)
                            .naming("cap", COMPLETE))
                    .expectNoEvents();
        }

        @Test
        void threeMonthsOfSickLeave_allowsComplete() {
            fixture.given(partyMember().past().proposed(EXCELLENT).then(fourMonthsSick).events())
                    .when(decide(COMPLETE))
                    .expectEvents(decided(COMPLETE));
        }

        /** Decree 90/2020 Art. 2 (maternity excepted): she is rated on the work actually done, up to Excellent. */
        @Test
        void eightMonthsOfMaternityLeave_isStillRated_evenExcellent() {
            fixture.given(partyMember().past().proposed(EXCELLENT).then(eightMonthsMaternity).events())
                    .when(decide(EXCELLENT))
                    .expectEvents(decided(EXCELLENT));
        }

        @Test
        void fourMonthsOfMaternity_isRecordedAndCapsNothing() {
            fixture.given(partyMember().past().proposed(EXCELLENT).then(fourMonthsMaternity).events())
                    .when(decide(EXCELLENT))
                    .expectEvents(decided(EXCELLENT));
        }

        @Test
        void workedUnderSixMonths_theProposalIsRefusedAsNotRated() {
            fixture.given(partyMember().past().voted(GOOD).then(eightMonthsSick).events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .expectException(violates("LEAVE_NOT_RATED").naming("workedDays", 122L).naming("minMonths", 6))
                    .expectNoEvents();
        }
    }

    @Nested
    class CivilServantRating {

        private final CivilServantRatingRecorded stateGood =
                new CivilServantRatingRecorded(REVIEW_ID, GOOD, LocalDate.of(2024, 12, 5));

        @Test
        void theStateRatingIsRecordedBeforeTheParty() {
            fixture.given(partyMember().asCivilServant().past().voted(EXCELLENT).events())
                    .when(new RecordCivilServantRating(REVIEW_ID, null, GOOD, LocalDate.of(2024, 12, 5)))
                    .expectEvents(stateGood);
        }

        @Test
        void withoutTheStateRating_aCivilServantCannotBeProposed() {
            fixture.given(partyMember().asCivilServant().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .expectException(violates("CIVIL_SERVANT_RATING_MISSING"))
                    .expectNoEvents();
        }

        @Test
        void excellentInTheParty_needsExcellentInTheState() {
            fixture.given(partyMember().asCivilServant().past().voted(EXCELLENT)
                            .then(stateGood, new RatingProposed(REVIEW_ID, GOOD, null, EXCELLENT, "Theo kết quả công chức"))
                            .events())
                    .when(decide(EXCELLENT))
                    .expectException(violates("CIVIL_SERVANT_EXCELLENT").naming("stateRating", GOOD).naming("rating", EXCELLENT))
                    .expectNoEvents();
        }

        @Test
        void goodInTheState_allowsGoodInTheParty() {
            fixture.given(partyMember().asCivilServant().past().voted(GOOD)
                            .then(stateGood, new RatingProposed(REVIEW_ID, GOOD, null, GOOD, null))
                            .events())
                    .when(decide(GOOD))
                    .expectEvents(decided(GOOD));
        }

        @Test
        void excellentInTheState_allowsExcellentInTheParty() {
            fixture.given(partyMember().asCivilServant().past().voted(EXCELLENT)
                            .then(new CivilServantRatingRecorded(REVIEW_ID, EXCELLENT, LocalDate.of(2024, 12, 5)),
                                    new RatingProposed(REVIEW_ID, EXCELLENT, null, EXCELLENT, null))
                            .events())
                    .when(decide(EXCELLENT))
                    .expectEvents(decided(EXCELLENT));
        }

        @Test
        void aStateRatingForSomeoneNotACivilServant_isRefused() {
            fixture.given(partyMember().past().voted(GOOD).events())
                    .when(new RecordCivilServantRating(REVIEW_ID, null, GOOD, LocalDate.of(2024, 12, 5)))
                    .expectException(violates("CIVIL_SERVANT_NOT_APPLICABLE").naming("subject", "Nguyễn Thị Hương"))
                    .expectNoEvents();
        }

        @Test
        void aCollectiveIsNeverACivilServant() {
            fixture.given(partyOrganization().asCivilServant().past().voted(GOOD).events())
                    .when(new RecordCivilServantRating(REVIEW_ID, null, GOOD, LocalDate.of(2024, 12, 5)))
                    .expectException(violates("CIVIL_SERVANT_NOT_APPLICABLE"))
                    .expectNoEvents();
        }

        @Test
        void theStateRatingComesTooLateOnceThePartyHasDecided() {
            fixture.given(partyMember().asCivilServant().past().voted(GOOD)
                            .then(stateGood, new RatingProposed(REVIEW_ID, GOOD, null, GOOD, null), decided(GOOD))
                            .events())
                    .when(new RecordCivilServantRating(REVIEW_ID, null, EXCELLENT, LocalDate.of(2024, 12, 28)))
                    .expectException(violates("STAGE_ORDER").naming("current", Stage.DECIDED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Regulation366Scores {

        @Test
        void theSelfRatingIsWhatTheSelfScoreReaches() {
            fixture.given(reg366Member().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F2B, null, 92, "Tự chấm 92 điểm", SUBMITTED_ON))
                    .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F2B, EXCELLENT, 92, "Tự chấm 92 điểm",
                            SUBMITTED_ON));
        }

        @Test
        void aSelfRatingAboveTheSelfScore_isReplacedByWhatTheScoreReaches() {
            // 89 points reach Good; a self-rating of Excellent beside them cannot stand.
            fixture.given(reg366Member().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F2B, EXCELLENT, 89, "Tự chấm", SUBMITTED_ON))
                    .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F2B, GOOD, 89, "Tự chấm", SUBMITTED_ON));
        }

        @Test
        void aSelfReviewWithoutASelfScore_isRefused() {
            fixture.given(reg366Member().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F2B, GOOD, null, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectException(violates("SELF_SCORE_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void aSelfScoreAbove100_isRefused() {
            fixture.given(reg366Member().event())
                    .when(new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F2B, null, 101, "Tự kiểm điểm", SUBMITTED_ON))
                    .expectException(violates("SCORE_RANGE").naming("field", "selfScore").naming("value", 101))
                    .expectNoEvents();
        }

        @Test
        void aProposalOfExcellentAt89Points_isRefused() {
            fixture.given(reg366Member().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, EXCELLENT, 89, "Thành tích nổi bật"))
                    .expectException(violates("SCORE_BAND").naming("score", 89).naming("highest", GOOD))
                    .expectNoEvents();
        }

        @Test
        void aProposalOfGoodAt89Points_isRecordedWithItsScore() {
            fixture.given(reg366Member().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, 89, null))
                    .expectEvents(new RatingProposed(REVIEW_ID, GOOD, 89, GOOD, null));
        }

        @Test
        void aProposalWithoutAScore_isRefused() {
            fixture.given(reg366Member().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, null, null))
                    .expectException(violates("SCORE_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void aProposalScoreOutside0To100_isRefused() {
            fixture.given(reg366Member().past().voted(GOOD).events())
                    .when(new ProposeRating(REVIEW_ID, null, GOOD, 120, null))
                    .expectException(violates("SCORE_RANGE").naming("field", "score").naming("value", 120))
                    .expectNoEvents();
        }

        @Test
        void theDecisionIsHeldToTheProposedScore_89PointsCannotBeDecidedExcellent() {
            fixture.given(reg366Member().past().proposed(GOOD, 89).events())
                    .when(decide(EXCELLENT))
                    .expectException(violates("SCORE_BAND").naming("score", 89).naming("rating", EXCELLENT))
                    .expectNoEvents();
        }

        @Test
        void ninetyProposedPoints_allowAnExcellentDecision() {
            fixture.given(reg366Member().past().proposed(EXCELLENT, 90).events())
                    .when(decide(EXCELLENT))
                    .expectEvents(new RatingDecided(REVIEW_ID, QUOTA_GROUP, EXCELLENT, DECISION_NO, DECIDED_ON, 90, null));
        }

        @Test
        void regulation124_needsNoScore() {
            fixture.given(partyMember().past().proposed(EXCELLENT).events())
                    .when(decide(EXCELLENT))
                    .expectEvents(decided(EXCELLENT));
        }
    }

    /**
     * A quota group's decision lists many reviews and stores all of them or none. The fixture holds
     * a single aggregate, so these show the single-review path; a refusal of any entry rolls back
     * entries already applied in the same unit of work.
     */
    @Nested
    class GroupDecision {

        private DecideRatingsInGroup groupDecision(String quotaGroupId, Entry... entries) {
            return new DecideRatingsInGroup(CYCLE_ID, quotaGroupId, DECISION_NO, DECIDED_ON, List.of(entries));
        }

        @Test
        void everyEntryIsDecided_andTheAnswerIsHowMany() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(groupDecision(QUOTA_GROUP, new Entry(REVIEW_ID, GOOD)))
                    .expectEvents(decided(GOOD))
                    .expectResultMessagePayload(1);

            // The whole decision goes to the cycle at once, so its quota is checked over the group.
            verify(cycles).recordDecision(CYCLE_ID, QUOTA_GROUP, DECISION_NO, List.of(partyMember().change(null, GOOD)));
        }

        @Test
        void whenTheCycleRefusesTheGroupsDecision_noEntryIsDecided() {
            doThrow(RuleViolation.conflict("EXCELLENT_QUOTA", "group", "Đảng viên", "excellent", 1, "good", 0,
                    "limit", 0L, "share", "0.2"))
                    .when(cycles).recordDecision(any(), any(), any(), any());

            fixture.given(partyMember().past().proposed(EXCELLENT).events())
                    .when(groupDecision(QUOTA_GROUP, new Entry(REVIEW_ID, EXCELLENT)))
                    .expectException(violates("EXCELLENT_QUOTA").naming("group", "Đảng viên"))
                    .expectNoEvents();
        }

        @Test
        void aReviewOfAnotherQuotaGroup_isRefused() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(groupDecision("qg-can-bo", new Entry(REVIEW_ID, GOOD)))
                    .expectException(violates("QUOTA_GROUP_MISMATCH").naming("reviewId", REVIEW_ID)
                            .naming("quotaGroupId", "qg-can-bo").naming("actual", QUOTA_GROUP))
                    .expectNoEvents();
        }

        @Test
        void aReviewOfAnotherCycle_isRefused() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(new DecideRatingsInGroup("cycle-khac", QUOTA_GROUP, DECISION_NO, DECIDED_ON,
                            List.of(new Entry(REVIEW_ID, GOOD))))
                    .expectException(violates("QUOTA_GROUP_MISMATCH"))
                    .expectNoEvents();
        }

        @Test
        void anEntryRefusedByARule_isNamedInTheRefusal() {
            fixture.given(partyMember().past().proposed(GOOD).then(DISCIPLINED_IN_2024).events())
                    .when(groupDecision(QUOTA_GROUP, new Entry(REVIEW_ID, GOOD)))
                    .expectException(violates("DISCIPLINE_CAP").naming("reviewId", REVIEW_ID))
                    .expectNoEvents();
        }

        @Test
        void aRefusalLaterInTheList_undoesTheEntriesAlreadyDecided() {
            // The first entry is decided in the unit of work; the repeated second one is refused,
            // and the first decision must not be stored either.
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(groupDecision(QUOTA_GROUP, new Entry(REVIEW_ID, GOOD), new Entry(REVIEW_ID, COMPLETE)))
                    .expectException(violates("BATCH_DUPLICATE").naming("reviewId", REVIEW_ID))
                    .expectNoEvents();

            verify(cycles, never()).recordDecision(any(), any(), any(), any());
        }

        @Test
        void anEmptyDecision_isRefused() {
            fixture.given(partyMember().past().proposed(GOOD).events())
                    .when(groupDecision(QUOTA_GROUP))
                    .expectException(violates("BATCH_EMPTY"))
                    .expectNoEvents();
        }
    }
}
