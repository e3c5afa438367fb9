package vn.reviewledger.command.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.reviewledger.command.rules.Violations.refusal;
import static vn.reviewledger.command.rules.Violations.violates;
import static vn.reviewledger.kernel.common.Rating.COMPLETE;
import static vn.reviewledger.kernel.common.Rating.EXCELLENT;
import static vn.reviewledger.kernel.common.Rating.GOOD;
import static vn.reviewledger.kernel.common.SubjectKind.PARTY_MEMBER;
import static vn.reviewledger.kernel.common.SubjectKind.PARTY_ORGANIZATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.cycle.CycleEvents.CollectiveDisciplineNoted;
import vn.reviewledger.kernel.cycle.CycleEvents.CollectiveReviewRegistered;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.cycle.CycleEvents.DecisionRecorded;
import vn.reviewledger.kernel.cycle.CycleEvents.MemberDisciplineNoted;
import vn.reviewledger.kernel.cycle.CycleEvents.MemberReviewRegistered;
import vn.reviewledger.kernel.cycle.CycleEvents.RecordedRating;
import vn.reviewledger.kernel.cycle.CycleEvents.ReviewExemptionNoted;
import vn.reviewledger.kernel.cycle.DueRule;

/**
 * The rules across reviews, decided in the cycle so that they hold when several offices decide at
 * once: the Excellent quota of a quota group (Quy định 124-QĐ/TW, Art. 4 (1)), a unit's collective
 * before its head and lower-level collectives before the upper level (Hướng dẫn 25-HD/BTCTW,
 * Part II), and no Excellent for a collective with a member disciplined in the year (Art. 11).
 *
 * <p>The review side reaches the cycle through {@link CycleDirectory} inside its own unit of work.
 * Here the same calls arrive as test-only commands, handled by the real directory over the
 * fixture's repository, so they run in the fixture's unit of work like the real ones do: a refusal
 * stores nothing, an acceptance stores the cycle's event.
 */
class ReviewCycleDecisionsTest {

    private static final String CYCLE_ID = "cycle-dang-uy-khoi-2024";
    private static final LocalDate OPENS_ON = LocalDate.of(2024, 11, 1);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();
    private static final String DECISION_NO = "125-QĐ/ĐU";

    // Level 1: the committee; level 2: two cells; level 3: a party group inside the first cell.
    private static final Unit ROOT = new Unit("dang-uy-khoi", "Đảng ủy Khối các cơ quan", null);
    private static final Unit CELL_A = new Unit("chi-bo-van-phong", "Chi bộ Văn phòng", "dang-uy-khoi");
    private static final Unit CELL_B = new Unit("chi-bo-to-chuc", "Chi bộ Ban Tổ chức", "dang-uy-khoi");
    private static final Unit GROUP = new Unit("to-dang-1", "Tổ đảng số 1", "chi-bo-van-phong");

    /** No share of its own: the rule set's default, 20% of Good. */
    private static final QuotaGroup MEMBERS = new QuotaGroup("qg-dang-vien", "Đảng viên", null);
    private static final QuotaGroup LEADERS = new QuotaGroup("qg-lanh-dao", "Cán bộ lãnh đạo", new BigDecimal("0.5"));

    /** Test-only commands: the review side's three calls into the cycle. */
    record RegisterCollective(String cycleId, String unitId, String reviewId, String name) {
    }

    record NoteDiscipline(String cycleId, String unitId, String reviewId, SubjectKind kind) {

        NoteDiscipline(String cycleId, String unitId, String reviewId) {
            this(cycleId, unitId, reviewId, PARTY_MEMBER);
        }
    }

    record RecordDecision(String cycleId, String quotaGroupId, List<RatingChange> changes) {
    }

    record RegisterMember(String cycleId, String unitId, String reviewId) {
    }

    record NoteExemption(String cycleId, String unitId, String reviewId, SubjectKind kind) {
    }

    /** Hands the test-only commands to the real {@link CycleDirectory}, as the review side would. */
    static final class ReviewSide {

        private final CycleDirectory cycles;

        ReviewSide(CycleDirectory cycles) {
            this.cycles = cycles;
        }

        @CommandHandler
        void handle(RegisterCollective c) {
            cycles.registerCollective(c.cycleId(), c.unitId(), c.reviewId(), c.name());
        }

        @CommandHandler
        void handle(NoteDiscipline c) {
            cycles.noteDiscipline(c.cycleId(), c.unitId(), c.reviewId(), c.kind());
        }

        @CommandHandler
        void handle(RegisterMember c) {
            cycles.registerMember(c.cycleId(), c.unitId(), c.reviewId());
        }

        @CommandHandler
        void handle(NoteExemption c) {
            cycles.noteExemption(c.cycleId(), c.unitId(), c.reviewId(), c.kind());
        }

        @CommandHandler
        void handle(RecordDecision c) {
            cycles.recordDecision(c.cycleId(), c.quotaGroupId(), DECISION_NO, c.changes());
        }
    }

    private FixtureConfiguration<ReviewCycle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReviewCycle.class);
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerAnnotatedCommandHandler(new ReviewSide(new CycleDirectory(fixture.getRepository(), CALENDAR, fixture.getEventStore())));
    }

    private static CycleOpened opened(RuleParameters parameters) {
        Map<Stage, DueRule> plan = new EnumMap<>(Stage.class);
        for (Stage s : Stage.PLANNED) {
            plan.put(s, DueRule.on(LocalDate.of(2024, 12, 16)));
        }
        return new CycleOpened(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", 2024, RuleSetId.REG_124,
                parameters, List.of(ROOT, CELL_A, CELL_B, GROUP), plan, Map.of(), List.of(MEMBERS, LEADERS), OPENS_ON);
    }

    private static CycleOpened opened() {
        return opened(RuleParameters.reg124Defaults());
    }

    private static RatingChange member(String reviewId, Rating rating) {
        return new RatingChange(reviewId, CELL_A.id(), PARTY_MEMBER, "Đảng viên " + reviewId, false, null, rating);
    }

    private static RatingChange reclassified(String reviewId, Rating previous, Rating rating) {
        return new RatingChange(reviewId, CELL_A.id(), PARTY_MEMBER, "Đảng viên " + reviewId, false, previous, rating);
    }

    private static RatingChange collective(String reviewId, Unit unit, Rating rating) {
        return new RatingChange(reviewId, unit.id(), PARTY_ORGANIZATION, unit.name(), false, null, rating);
    }

    private static RatingChange head(String reviewId, Unit unit, Rating rating) {
        return new RatingChange(reviewId, unit.id(), PARTY_MEMBER, "Bí thư " + unit.name(), true, null, rating);
    }

    /** What the cycle records of a decision, one line per review. */
    private static DecisionRecorded recorded(String quotaGroupId, RatingChange... changes) {
        List<RecordedRating> ratings = new ArrayList<>();
        for (RatingChange c : changes) {
            ratings.add(new RecordedRating(c.reviewId(), c.unitId(), c.kind(), c.previous(), c.rating()));
        }
        return new DecisionRecorded(CYCLE_ID, quotaGroupId, DECISION_NO, ratings);
    }

    /** {@code count} members of the group, numbered from {@code first}, all decided at {@code rating}. */
    private static RatingChange[] members(int first, int count, Rating rating) {
        RatingChange[] changes = new RatingChange[count];
        for (int i = 0; i < count; i++) {
            changes[i] = member("dv-" + (first + i), rating);
        }
        return changes;
    }

    private static RatingChange[] concat(RatingChange[] a, RatingChange... b) {
        RatingChange[] all = new RatingChange[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static CollectiveReviewRegistered registered(String reviewId, Unit unit) {
        return new CollectiveReviewRegistered(CYCLE_ID, unit.id(), reviewId, unit.name());
    }

    @Nested
    class TheCyclesLedger {

        @Test
        void aCollectiveReviewOpenedAtAUnit_isRegistered() {
            fixture.given(opened())
                    .when(new RegisterCollective(CYCLE_ID, CELL_A.id(), "rv-cb-vp", CELL_A.name()))
                    .expectEvents(registered("rv-cb-vp", CELL_A));
        }

        @Test
        void aDisciplinedMemberIsNoted_once() {
            fixture.given(opened())
                    .when(new NoteDiscipline(CYCLE_ID, CELL_A.id(), "dv-7"))
                    .expectEvents(new MemberDisciplineNoted(CYCLE_ID, CELL_A.id(), "dv-7", PARTY_MEMBER));
        }

        @Test
        void theSameMemberDisciplinedAgain_isNotNotedTwice() {
            fixture.given(opened(), new MemberDisciplineNoted(CYCLE_ID, CELL_A.id(), "dv-7"))
                    .when(new NoteDiscipline(CYCLE_ID, CELL_A.id(), "dv-7"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void openingsReadTheCyclesTermsWithoutLoadingIt_andAnUnknownCycleIsNamed() {
            @SuppressWarnings("unchecked")
            Repository<ReviewCycle> locked = mock(Repository.class);
            EventStore store = mock(EventStore.class);
            when(store.readEvents(CYCLE_ID, 0)).thenReturn(DomainEventStream.of(new GenericDomainEventMessage<>(
                    "ReviewCycle", CYCLE_ID, 0, ReviewCycleTest.opened(List.of(ROOT), List.of(MEMBERS)))));
            when(store.readEvents("cycle-khac", 0)).thenReturn(DomainEventStream.empty());
            CycleDirectory directory = new CycleDirectory(locked, CALENDAR, store);

            assertThat(directory.termsFor(CYCLE_ID, ROOT.id(), MEMBERS.id(), false).unitPath()).containsExactly(ROOT.id());
            assertThat(directory.termsFor(CYCLE_ID, ROOT.id(), null, true).unitLevel()).isEqualTo(1);
            // Under Regulation 124 an individual's opening tells the cycle nothing: no lock at all.
            directory.registerMember(CYCLE_ID, ROOT.id(), "dv-1");
            verify(locked, never()).load(any());
            verify(store, times(1)).readEvents(CYCLE_ID, 0);
            assertThat(refusal(() -> directory.termsFor("cycle-khac", ROOT.id(), null, false)).rule())
                    .isEqualTo("CYCLE_NOT_FOUND");
        }

        @Test
        void anUnknownCycle_isNamedInTheRefusal() {
            @SuppressWarnings("unchecked")
            Repository<ReviewCycle> none = mock(Repository.class);
            when(none.load("cycle-khac")).thenThrow(new AggregateNotFoundException("cycle-khac", "no events"));
            CycleDirectory directory = new CycleDirectory(none, CALENDAR, mock(EventStore.class));

            RuleViolation v = refusal(() -> directory.recordDecision("cycle-khac", MEMBERS.id(), DECISION_NO,
                    List.of(member("dv-1", GOOD))));

            assertThat(v.rule()).isEqualTo("CYCLE_NOT_FOUND");
            assertThat(v.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
            assertThat(v.args()).containsEntry("cycleId", "cycle-khac");
        }
    }

    @Nested
    class ExcellentQuota {

        private final RatingChange[] tenGood = members(1, 10, GOOD);

        @Test
        void tenGoodAlreadyDecided_allowTwoExcellentInTheNextDecision() {
            fixture.given(opened(), recorded(MEMBERS.id(), tenGood))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(members(11, 2, EXCELLENT))))
                    .expectEvents(recorded(MEMBERS.id(), members(11, 2, EXCELLENT)));
        }

        @Test
        void aThirdExcellent_refusesTheWholeDecision_namingGroupCountsAndLimit() {
            fixture.given(opened(), recorded(MEMBERS.id(), tenGood))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(members(11, 3, EXCELLENT))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("group", "Đảng viên").naming("excellent", 3)
                            .naming("good", 10).naming("limit", 2L).naming("share", "0.2"))
                    .expectNoEvents();
        }

        @Test
        void aDecisionIsCountedAsAWhole_itsOwnGoodMakeRoomForItsExcellent() {
            fixture.given(opened())
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(concat(tenGood, members(11, 2, EXCELLENT)))))
                    .expectEvents(recorded(MEMBERS.id(), concat(tenGood, members(11, 2, EXCELLENT))));
        }

        @Test
        void aWholeDecisionOneExcellentOver_storesNothing_notEvenItsGood() {
            fixture.given(opened())
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(concat(tenGood, members(11, 3, EXCELLENT)))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("excellent", 3).naming("good", 10))
                    .expectNoEvents();
        }

        @Test
        void theCountCarriesAcrossDecisions_aLaterExcellentBeyondTheLimitIsRefused() {
            fixture.given(opened(), recorded(MEMBERS.id(), concat(tenGood, members(11, 2, EXCELLENT))))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(member("dv-13", EXCELLENT))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("excellent", 3).naming("limit", 2L))
                    .expectNoEvents();
        }

        @Test
        void theGroupsOwnShareApplies_halfOfFourGoodAllowsTwo() {
            RatingChange[] fourGood = members(1, 4, GOOD);
            fixture.given(opened(), recorded(LEADERS.id(), fourGood))
                    .when(new RecordDecision(CYCLE_ID, LEADERS.id(), List.of(members(5, 3, EXCELLENT))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("group", "Cán bộ lãnh đạo").naming("limit", 2L)
                            .naming("share", "0.5"))
                    .expectNoEvents();
        }

        @Test
        void reclassifyingGoodToExcellent_countsBothWays() {
            // 10 Good and 2 Excellent; one Good raised: 9 Good allow only one Excellent, and there would be three.
            fixture.given(opened(), recorded(MEMBERS.id(), concat(tenGood, members(11, 2, EXCELLENT))))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(reclassified("dv-1", GOOD, EXCELLENT))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("excellent", 3).naming("good", 9)
                            .naming("limit", 1L))
                    .expectNoEvents();
        }

        @Test
        void loweringAnExcellent_alwaysPasses_evenInAGroupOverItsLimit() {
            // 4 Good and 2 Excellent: over the limit of 0 (say, after earlier reclassifications); lowering helps.
            fixture.given(opened(), recorded(MEMBERS.id(), concat(members(1, 4, GOOD), members(5, 2, EXCELLENT))))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(reclassified("dv-5", EXCELLENT, COMPLETE))))
                    .expectEvents(recorded(MEMBERS.id(), reclassified("dv-5", EXCELLENT, COMPLETE)));
        }

        @Test
        void loweringAGood_thatTakesTheGroupOverItsLimit_isRefused() {
            fixture.given(opened(), recorded(MEMBERS.id(), concat(tenGood, members(11, 2, EXCELLENT))))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(reclassified("dv-1", GOOD, COMPLETE))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("excellent", 2).naming("good", 9)
                            .naming("limit", 1L))
                    .expectNoEvents();
        }

        /** DESIGN.md stage 6: every rated individual belongs to a quota group — none escapes the cap. */
        @Test
        void anIndividualInNoNamedGroup_isCountedInItsUnitsDefaultGroup_andCannotEscapeTheCap() {
            fixture.given(opened())
                    .when(new RecordDecision(CYCLE_ID, null, List.of(member("dv-1", EXCELLENT))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("group", "Chi bộ Văn phòng")
                            .naming("excellent", 1).naming("good", 0).naming("limit", 0L))
                    .expectNoEvents();
        }

        @Test
        void theUnitsDefaultGroup_allowsItsShareOfItsGood() {
            RatingChange[] fiveGood = members(1, 5, GOOD);
            fixture.given(opened(), recorded(QuotaGroup.defaultIdFor(CELL_A.id()), fiveGood))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(member("dv-6", EXCELLENT))))
                    .expectEvents(recorded(QuotaGroup.defaultIdFor(CELL_A.id()), member("dv-6", EXCELLENT)));
        }

        @Test
        void decisionsStoredWithoutAGroup_areCountedInTheUnitsDefaultGroup() {
            // Stored before every individual had a group: five Good under no group still count.
            fixture.given(opened(), recorded(null, members(1, 5, GOOD)), recorded(null, member("dv-6", EXCELLENT)))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(member("dv-7", EXCELLENT))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("excellent", 2).naming("good", 5))
                    .expectNoEvents();
        }

        @Test
        void quotaGroupsAreCountedApart() {
            // Ten Good among the members make no room for Excellent among the leaders.
            fixture.given(opened(), recorded(MEMBERS.id(), tenGood))
                    .when(new RecordDecision(CYCLE_ID, LEADERS.id(), List.of(member("ld-1", EXCELLENT))))
                    .expectException(violates("EXCELLENT_QUOTA").naming("group", "Cán bộ lãnh đạo").naming("good", 0))
                    .expectNoEvents();
        }
    }

    /** Collectives below are decided without a quota group here, so that only the order rules speak. */
    @Nested
    class UnitBeforeHead {

        @Test
        void theHeadWaitsForTheUnitsCollective_theRefusalNamesTheReviewItWaitsFor() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(head("dv-bt", CELL_A, GOOD))))
                    .expectException(violates("UNIT_BEFORE_HEAD").naming("head", "Bí thư Chi bộ Văn phòng")
                            .naming("collective", "Chi bộ Văn phòng").naming("blockingReviewId", "rv-cb-vp"))
                    .expectNoEvents();
        }

        @Test
        void onceTheCollectiveIsDecided_theHeadIsDecided() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), recorded(null, collective("rv-cb-vp", CELL_A, GOOD)))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(head("dv-bt", CELL_A, GOOD))))
                    .expectEvents(recorded(QuotaGroup.defaultIdFor(CELL_A.id()), head("dv-bt", CELL_A, GOOD)));
        }

        @Test
        void theHeadOfAnotherUnit_doesNotWait() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(head("dv-bt-b", CELL_B, GOOD))))
                    .expectEvents(recorded(QuotaGroup.defaultIdFor(CELL_B.id()), head("dv-bt-b", CELL_B, GOOD)));
        }

        @Test
        void aMemberWhoIsNotTheHead_doesNotWait() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(member("dv-1", GOOD))))
                    .expectEvents(recorded(QuotaGroup.defaultIdFor(CELL_A.id()), member("dv-1", GOOD)));
        }

        @Test
        void aCycleThatSwitchesTheRuleOff_doesNotMakeTheHeadWait() {
            RuleParameters d = RuleParameters.reg124Defaults();
            RuleParameters headFirstAllowed = new RuleParameters(d.quorumShare(), d.voteMajorityShare(),
                    d.excellentShareOfGood(), d.minMonthsWorkedForRating(), d.sickLeaveMonthsForCap(),
                    d.draftCirculationWorkingDays(), d.admissionMonthsForReview(), d.requiredOpinionSources(),
                    d.excellentScore(), d.goodScore(), d.completeScore(), false, d.lowerLevelBeforeUpper());
            fixture.given(opened(headFirstAllowed), registered("rv-cb-vp", CELL_A))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(head("dv-bt", CELL_A, GOOD))))
                    .expectEvents(recorded(QuotaGroup.defaultIdFor(CELL_A.id()), head("dv-bt", CELL_A, GOOD)));
        }
    }

    @Nested
    class LowerLevelFirst {

        @Test
        void theCommitteeWaitsForItsCells_theRefusalNamesTheCellStillOpen() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), registered("rv-dukhoi", ROOT))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-dukhoi", ROOT, GOOD))))
                    .expectException(violates("LOWER_LEVEL_FIRST").naming("collective", "Đảng ủy Khối các cơ quan")
                            .naming("lower", "Chi bộ Văn phòng").naming("blockingReviewId", "rv-cb-vp"))
                    .expectNoEvents();
        }

        @Test
        void onceEveryCollectiveBelowIsDecided_theCommitteeIsDecided() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), registered("rv-cb-tc", CELL_B),
                            registered("rv-dukhoi", ROOT),
                            recorded(null, collective("rv-cb-vp", CELL_A, GOOD), collective("rv-cb-tc", CELL_B, GOOD)))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-dukhoi", ROOT, GOOD))))
                    .expectEvents(recorded(null, collective("rv-dukhoi", ROOT, GOOD)));
        }

        @Test
        void everyLevelBelowCounts_notOnlyTheNextOne() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), registered("rv-td1", GROUP),
                            recorded(null, collective("rv-cb-vp", CELL_A, GOOD)))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-dukhoi", ROOT, GOOD))))
                    .expectException(violates("LOWER_LEVEL_FIRST").naming("blockingReviewId", "rv-td1"))
                    .expectNoEvents();
        }

        @Test
        void aCellDoesNotWaitForItsSiblingCell() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), registered("rv-cb-tc", CELL_B))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-tc", CELL_B, GOOD))))
                    .expectEvents(recorded(null, collective("rv-cb-tc", CELL_B, GOOD)));
        }
    }

    @Nested
    class DisciplinedSubordinate {

        @Test
        void aCellWithAMemberDisciplinedInTheYear_cannotBeExcellent() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), new MemberDisciplineNoted(CYCLE_ID, CELL_A.id(), "dv-7"))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-vp", CELL_A, EXCELLENT))))
                    .expectException(violates("DISCIPLINED_SUBORDINATE").naming("collective", "Chi bộ Văn phòng")
                            .naming("count", 1).naming("blockingReviewId", "dv-7"))
                    .expectNoEvents();
        }

        @Test
        void aCellWithAMemberDisciplinedInTheYear_canBeGood() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), new MemberDisciplineNoted(CYCLE_ID, CELL_A.id(), "dv-7"))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-vp", CELL_A, GOOD))))
                    .expectEvents(recorded(null, collective("rv-cb-vp", CELL_A, GOOD)));
        }

        @Test
        void aDisciplineDeeperDownTheTree_barsEveryCollectiveAboveIt() {
            fixture.given(opened(), registered("rv-dukhoi", ROOT), new MemberDisciplineNoted(CYCLE_ID, GROUP.id(), "dv-9"))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-dukhoi", ROOT, EXCELLENT))))
                    .expectException(violates("DISCIPLINED_SUBORDINATE").naming("blockingReviewId", "dv-9"))
                    .expectNoEvents();
        }

        @Test
        void aDisciplineInASiblingCell_doesNotBarThisCell() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), new MemberDisciplineNoted(CYCLE_ID, CELL_B.id(), "dv-8"))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-vp", CELL_A, EXCELLENT))))
                    .expectEvents(recorded(null, collective("rv-cb-vp", CELL_A, EXCELLENT)));
        }

        @Test
        void aDisciplinedMemberIsNotBarredByThisRule_theirOwnCapIsTheReviewsBusiness() {
            // The member's own rating is capped by the review (DisciplineCapRule); the cycle bars collectives only.
            fixture.given(opened(), new MemberDisciplineNoted(CYCLE_ID, CELL_A.id(), "dv-7"))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(member("dv-1", GOOD))))
                    .expectEvents(recorded(MEMBERS.id(), member("dv-1", GOOD)));
        }
    }

    private static CycleOpened opened366() {
        Map<Stage, DueRule> plan = new EnumMap<>(Stage.class);
        for (Stage s : Stage.PLANNED) {
            plan.put(s, DueRule.on(LocalDate.of(2025, 12, 16)));
        }
        return new CycleOpened(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", 2025, RuleSetId.REG_366,
                RuleParameters.reg366Defaults(), List.of(ROOT, CELL_A, CELL_B, GROUP), plan, Map.of(),
                List.of(MEMBERS, LEADERS), LocalDate.of(2025, 11, 3));
    }

    private static RatingChange leadershipCollective(String reviewId, Unit unit, Rating rating) {
        return new RatingChange(reviewId, unit.id(), SubjectKind.LEADERSHIP_COLLECTIVE, "Ban Thường vụ " + unit.name(),
                false, null, rating);
    }

    /** Guid. 21/2019 (kept by Guid. 25), Quy định 366-QĐ/TW Art. 3 (2): the head is never above the collective he heads. */
    @Nested
    class HeadNotAboveTheCollective {

        @Test
        void aHeadAboveTheDecidedCollective_isRefused() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), recorded(null, collective("rv-cb-vp", CELL_A, COMPLETE)))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(head("dv-bt", CELL_A, GOOD))))
                    .expectException(violates("HEAD_ABOVE_COLLECTIVE").naming("rating", GOOD)
                            .naming("collectiveRating", COMPLETE))
                    .expectNoEvents();
        }

        @Test
        void aHeadAtTheCollectivesRating_isDecided() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), recorded(null, collective("rv-cb-vp", CELL_A, COMPLETE)))
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(head("dv-bt", CELL_A, COMPLETE))))
                    .expectEvents(recorded(MEMBERS.id(), head("dv-bt", CELL_A, COMPLETE)));
        }
    }

    /** DESIGN.md stage 6: an exempted review never blocks another. */
    @Nested
    class ExemptedReviewsNeverBlock {

        private final ReviewExemptionNoted cellExempted =
                new ReviewExemptionNoted(CYCLE_ID, CELL_A.id(), "rv-cb-vp", PARTY_ORGANIZATION);

        @Test
        void anExemptedCell_doesNotHoldItsHead() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), cellExempted)
                    .when(new RecordDecision(CYCLE_ID, MEMBERS.id(), List.of(head("dv-bt", CELL_A, GOOD))))
                    .expectEvents(recorded(MEMBERS.id(), head("dv-bt", CELL_A, GOOD)));
        }

        @Test
        void anExemptedCell_doesNotHoldTheCommitteeAbove() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A), registered("rv-dukhoi", ROOT), cellExempted)
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-dukhoi", ROOT, GOOD))))
                    .expectEvents(recorded(null, collective("rv-dukhoi", ROOT, GOOD)));
        }

        @Test
        void theCycleNotesAnExemption() {
            fixture.given(opened(), registered("rv-cb-vp", CELL_A))
                    .when(new NoteExemption(CYCLE_ID, CELL_A.id(), "rv-cb-vp", PARTY_ORGANIZATION))
                    .expectEvents(cellExempted);
        }
    }

    /** Quy định 124-QĐ/TW Art. 12 §4: a collective answers for its subordinate units' discipline. */
    @Nested
    class DisciplinedUnits124 {

        @Test
        void moreThanTwentyPercentOfItsUnitsDisciplined_makesTheCommitteeNotComplete() {
            // Two cells directly under the committee; one disciplined: 50% > 20%.
            fixture.given(opened(), registered("rv-dukhoi", ROOT), new CollectiveDisciplineNoted(CYCLE_ID, CELL_A.id(), "rv-cb-vp"))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-dukhoi", ROOT, COMPLETE))))
                    .expectException(violates("DISCIPLINED_UNITS_SHARE").naming("disciplined", 1).naming("units", 2))
                    .expectNoEvents();
        }

        @Test
        void thenNotComplete_isDecided() {
            fixture.given(opened(), registered("rv-dukhoi", ROOT), new CollectiveDisciplineNoted(CYCLE_ID, CELL_A.id(), "rv-cb-vp"))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-dukhoi", ROOT, Rating.NOT_COMPLETE))))
                    .expectEvents(recorded(null, collective("rv-dukhoi", ROOT, Rating.NOT_COMPLETE)));
        }

        @Test
        void aCollectivesOwnDiscipline_isNotedOnce() {
            fixture.given(opened())
                    .when(new NoteDiscipline(CYCLE_ID, CELL_A.id(), "rv-cb-vp", PARTY_ORGANIZATION))
                    .expectEvents(new CollectiveDisciplineNoted(CYCLE_ID, CELL_A.id(), "rv-cb-vp"));
            fixture.given(opened(), new CollectiveDisciplineNoted(CYCLE_ID, CELL_A.id(), "rv-cb-vp"))
                    .when(new NoteDiscipline(CYCLE_ID, CELL_A.id(), "rv-cb-vp", PARTY_ORGANIZATION))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    /** Quy định 366-QĐ/TW Art. 11 §1 and §4 for collectives. */
    @Nested
    class LeadershipDiscipline366 {

        @Test
        void aLeadershipCollectiveWithADisciplinedMember_isNotComplete() {
            fixture.given(opened366(), new MemberDisciplineNoted(CYCLE_ID, CELL_A.id(), "cb-1", SubjectKind.LEADERSHIP_CADRE))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(leadershipCollective("rv-btv", CELL_A, GOOD))))
                    .expectException(violates("LEADERSHIP_MEMBER_DISCIPLINED").naming("count", 1))
                    .expectNoEvents();
        }

        @Test
        void anOrdinaryMembersDiscipline_leavesTheCellFreeToBeExcellent() {
            fixture.given(opened366(), new MemberDisciplineNoted(CYCLE_ID, CELL_A.id(), "dv-7", PARTY_MEMBER))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-vp", CELL_A, EXCELLENT))))
                    .expectEvents(recorded(null, collective("rv-cb-vp", CELL_A, EXCELLENT)));
        }
    }

    /** Hướng dẫn 43-HD/BTCTW §3: an organization is decided after all its members. */
    @Nested
    class OrganizationAfterMembers366 {

        @Test
        void aMemberStillUndecided_holdsTheOrganization() {
            fixture.given(opened366(), new MemberReviewRegistered(CYCLE_ID, GROUP.id(), "dv-1"))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-vp", CELL_A, GOOD))))
                    .expectException(violates("ORGANIZATION_AFTER_MEMBERS").naming("undecided", 1))
                    .expectNoEvents();
        }

        @Test
        void onceTheMemberIsDecided_orExempted_theOrganizationIsDecided() {
            fixture.given(opened366(), new MemberReviewRegistered(CYCLE_ID, CELL_A.id(), "dv-1"),
                            recorded(MEMBERS.id(), member("dv-1", GOOD)))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-vp", CELL_A, GOOD))))
                    .expectEvents(recorded(null, collective("rv-cb-vp", CELL_A, GOOD)));
            fixture.given(opened366(), new MemberReviewRegistered(CYCLE_ID, CELL_A.id(), "dv-1"),
                            new ReviewExemptionNoted(CYCLE_ID, CELL_A.id(), "dv-1", PARTY_MEMBER))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-vp", CELL_A, GOOD))))
                    .expectEvents(recorded(null, collective("rv-cb-vp", CELL_A, GOOD)));
        }

        @Test
        void aMemberOfASiblingCell_doesNotHoldThisCell() {
            fixture.given(opened366(), new MemberReviewRegistered(CYCLE_ID, CELL_B.id(), "dv-9"))
                    .when(new RecordDecision(CYCLE_ID, null, List.of(collective("rv-cb-vp", CELL_A, GOOD))))
                    .expectEvents(recorded(null, collective("rv-cb-vp", CELL_A, GOOD)));
        }

        @Test
        void membersAreRegisteredUnder366Only() {
            fixture.given(opened366())
                    .when(new RegisterMember(CYCLE_ID, CELL_A.id(), "dv-1"))
                    .expectEvents(new MemberReviewRegistered(CYCLE_ID, CELL_A.id(), "dv-1"));
            fixture.given(opened())
                    .when(new RegisterMember(CYCLE_ID, CELL_A.id(), "dv-1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
