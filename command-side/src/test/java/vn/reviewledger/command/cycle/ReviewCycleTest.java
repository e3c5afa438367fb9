package vn.reviewledger.command.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reviewledger.command.rules.Violations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.cycle.CycleCommands.OpenCycle;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.cycle.DueRule;

/**
 * Opening a year's cycle: the rule set is pinned from the year (Regulation 124 for 2023–2024,
 * Regulation 366 from 2025), with a single-rooted organization tree, a plan in procedural order
 * (dates or working days after the opening, with optional plans per level of the tree) and sane
 * quota groups. A refused definition opens nothing. The rules the cycle decides across reviews
 * are in {@link ReviewCycleDecisionsTest}.
 */
class ReviewCycleTest {

    private static final String CYCLE_ID = "cycle-dang-uy-khoi-2024";
    private static final LocalDate OPENS_ON = LocalDate.of(2024, 11, 1);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    private static final Unit ROOT = new Unit("dang-uy-khoi", "Đảng ủy Khối các cơ quan", null);
    private static final Unit CELL_A = new Unit("chi-bo-van-phong", "Chi bộ Văn phòng", "dang-uy-khoi");
    private static final Unit CELL_B = new Unit("chi-bo-to-chuc", "Chi bộ Ban Tổ chức", "dang-uy-khoi");
    private static final Unit GROUP = new Unit("to-dang-1", "Tổ đảng số 1", "chi-bo-van-phong");
    private static final QuotaGroup MEMBERS = new QuotaGroup("qg-dang-vien", "Đảng viên", null);
    private static final QuotaGroup CELLS = new QuotaGroup("qg-chi-bo", "Chi bộ trực thuộc", new BigDecimal("0.2"));

    private FixtureConfiguration<ReviewCycle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReviewCycle.class);
        fixture.registerInjectableResource(CALENDAR);
    }

    /** A plan of fixed dates, as the rules the cycle takes. */
    static Map<Stage, DueRule> due(Map<Stage, LocalDate> dates) {
        Map<Stage, DueRule> rules = new EnumMap<>(Stage.class);
        dates.forEach((stage, date) -> rules.put(stage, DueRule.on(date)));
        return rules;
    }

    private static Map<Stage, LocalDate> plan(int year) {
        Map<Stage, LocalDate> plan = new EnumMap<>(Stage.class);
        plan.put(Stage.SELF_REVIEW_SUBMITTED, LocalDate.of(year, 11, 15));
        plan.put(Stage.OPINIONS_COLLECTED, LocalDate.of(year, 11, 22));
        plan.put(Stage.MEETING_HELD, LocalDate.of(year, 12, 2));
        plan.put(Stage.VOTED, LocalDate.of(year, 12, 2));
        plan.put(Stage.PROPOSED, LocalDate.of(year, 12, 9));
        plan.put(Stage.DECIDED, LocalDate.of(year, 12, 16));
        plan.put(Stage.ANNOUNCED, LocalDate.of(year, 12, 23));
        return plan;
    }

    private static OpenCycle open(int year, RuleSetId ruleSet, List<Unit> units, Map<Stage, LocalDate> plan,
                                  List<QuotaGroup> groups) {
        return new OpenCycle(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", year, ruleSet, null, units, due(plan), null,
                groups, LocalDate.of(year, 11, 1));
    }

    /** A 2024 cycle under Regulation 124 with the plan of fixed dates, as it was opened. */
    static CycleOpened opened(List<Unit> units, List<QuotaGroup> groups) {
        return new CycleOpened(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", 2024, RuleSetId.REG_124,
                RuleParameters.reg124Defaults(), units, due(plan(2024)), Map.of(), groups, OPENS_ON);
    }

    private static OpenCycle validIn(int year) {
        return open(year, null, List.of(ROOT, CELL_A, CELL_B, GROUP), plan(year), List.of(MEMBERS, CELLS));
    }

    private static OpenCycle withUnits(Unit... units) {
        return open(2024, null, List.of(units), plan(2024), List.of(MEMBERS));
    }

    private static OpenCycle withPlan(Map<Stage, LocalDate> plan) {
        return open(2024, null, List.of(ROOT, CELL_A), plan, List.of(MEMBERS));
    }

    private static OpenCycle withGroups(QuotaGroup... groups) {
        return open(2024, null, List.of(ROOT, CELL_A), plan(2024), List.of(groups));
    }

    private static OpenCycle withGroups2025(QuotaGroup... groups) {
        return open(2025, null, List.of(ROOT, CELL_A), plan(2025), List.of(groups));
    }

    @Nested
    class Opening {

        @Test
        void aValidCycleOpens_pinningRegulation124AndItsDefaultsFor2024() {
            fixture.givenNoPriorActivity()
                    .when(validIn(2024))
                    .expectEvents(new CycleOpened(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", 2024, RuleSetId.REG_124,
                            RuleParameters.reg124Defaults(), List.of(ROOT, CELL_A, CELL_B, GROUP), due(plan(2024)), Map.of(),
                            List.of(MEMBERS, CELLS), OPENS_ON));
        }

        @Test
        void aCycleFor2025_pinsRegulation366() {
            fixture.givenNoPriorActivity()
                    .when(validIn(2025))
                    .expectEvents(new CycleOpened(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", 2025, RuleSetId.REG_366,
                            RuleParameters.reg366Defaults(), List.of(ROOT, CELL_A, CELL_B, GROUP), due(plan(2025)), Map.of(),
                            List.of(MEMBERS, CELLS), LocalDate.of(2025, 11, 1)));
        }

        @Test
        void parametersGivenByTheCycle_arePinnedAsGiven() {
            RuleParameters d = RuleParameters.reg124Defaults();
            RuleParameters twoThirdsQuorum = new RuleParameters(new BigDecimal("0.6667"), d.voteMajorityShare(),
                    d.excellentShareOfGood(), d.minMonthsWorkedForRating(), d.sickLeaveMonthsForCap(),
                    d.draftCirculationWorkingDays(), d.admissionMonthsForReview(), d.requiredOpinionSources(),
                    d.excellentScore(), d.goodScore(), d.completeScore(), d.unitBeforeHead(), d.lowerLevelBeforeUpper());
            OpenCycle cmd = new OpenCycle(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", 2024, RuleSetId.REG_124,
                    twoThirdsQuorum, List.of(ROOT), due(plan(2024)), null, null, OPENS_ON);

            fixture.givenNoPriorActivity()
                    .when(cmd)
                    .expectEvents(new CycleOpened(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", 2024, RuleSetId.REG_124,
                            twoThirdsQuorum, List.of(ROOT), due(plan(2024)), Map.of(), List.of(), OPENS_ON));
        }

        @Test
        void aReviewInheritsItsUnitsLevelInTheTree_rootIsOne() {
            // The terms come from the cycle as opened, read without its lock (CycleCharter).
            ReviewTerms terms = new CycleCharter(opened(List.of(ROOT, CELL_A, GROUP), List.of(MEMBERS)))
                    .termsFor(GROUP.id(), MEMBERS.id(), false, CALENDAR);

            assertThat(terms.unitLevel()).isEqualTo(3);
            assertThat(terms.unitPath()).containsExactly(ROOT.id(), CELL_A.id(), GROUP.id());
            assertThat(terms.ruleSet()).isEqualTo(RuleSetId.REG_124);
            assertThat(terms.opensOn()).isEqualTo(OPENS_ON);
            assertThat(terms.dueDates()).isEqualTo(plan(2024));
        }

        @Test
        void aReviewInAUnitOutsideTheTree_isRefused() {
            CycleCharter charter = new CycleCharter(opened(List.of(ROOT), List.of(MEMBERS)));
            assertThatThrownBy(() -> charter.termsFor("chi-bo-khac", MEMBERS.id(), false, CALENDAR))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo("UNKNOWN_UNIT");
                        assertThat(v.field()).isEqualTo("unitId");
                    });
        }

        @Test
        void aReviewInAnUnknownQuotaGroup_isRefused() {
            CycleCharter charter = new CycleCharter(opened(List.of(ROOT), List.of(MEMBERS)));
            assertThatThrownBy(() -> charter.termsFor(ROOT.id(), "qg-khac", false, CALENDAR))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo("UNKNOWN_QUOTA_GROUP");
                        assertThat(v.field()).isEqualTo("quotaGroupId");
                    });
        }
    }

    @Nested
    class YearAndRuleSet {

        @Test
        void aYearBefore2023_isRefused_Regulation132IsNotModelled() {
            fixture.givenNoPriorActivity()
                    .when(validIn(2022))
                    .expectException(violates("UNSUPPORTED_YEAR").naming("year", 2022).naming("first", 2023))
                    .expectNoEvents();
        }

        @Test
        void year2023_isTheFirstSupported() {
            fixture.givenNoPriorActivity()
                    .when(validIn(2023))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void regulation366For2023_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(2023, RuleSetId.REG_366, List.of(ROOT), plan(2023), List.of()))
                    .expectException(violates("RULE_SET_YEAR").naming("ruleSet", RuleSetId.REG_366).naming("year", 2023)
                            .naming("expected", RuleSetId.REG_124))
                    .expectNoEvents();
        }

        @Test
        void regulation124For2025_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(open(2025, RuleSetId.REG_124, List.of(ROOT), plan(2025), List.of()))
                    .expectException(violates("RULE_SET_YEAR").naming("expected", RuleSetId.REG_366))
                    .expectNoEvents();
        }
    }

    @Nested
    class OrganizationTree {

        @Test
        void noUnits_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withUnits())
                    .expectException(violates("UNITS_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void twoRoots_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withUnits(ROOT, new Unit("dang-uy-khac", "Đảng ủy khác", null)))
                    .expectException(violates("UNIT_ROOT").naming("roots", 2))
                    .expectNoEvents();
        }

        @Test
        void anUnknownParent_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withUnits(ROOT, new Unit("chi-bo-x", "Chi bộ X", "dang-uy-khong-co")))
                    .expectException(violates("UNIT_PARENT_UNKNOWN").naming("unitId", "chi-bo-x")
                            .naming("parentId", "dang-uy-khong-co"))
                    .expectNoEvents();
        }

        @Test
        void aDuplicateUnit_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withUnits(ROOT, CELL_A, new Unit(CELL_A.id(), "Chi bộ trùng mã", ROOT.id())))
                    .expectException(violates("UNIT_DUPLICATE").naming("unitId", CELL_A.id()))
                    .expectNoEvents();
        }

        @Test
        void aLoop_isRefused() {
            // One root, and two cells that name each other as parent: no unknown parent, but no way up.
            fixture.givenNoPriorActivity()
                    .when(withUnits(ROOT, new Unit("b", "Chi bộ B", "c"), new Unit("c", "Chi bộ C", "b")))
                    .expectException(violates("UNIT_CYCLE").naming("unitId", "b"))
                    .expectNoEvents();
        }

        @Test
        void aUnitWithoutAName_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withUnits(ROOT, new Unit("chi-bo-x", " ", ROOT.id())))
                    .expectException(violates("UNIT_INCOMPLETE"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Plan {

        @Test
        void aPlanOutOfProceduralOrder_isRefusedNamingBothStages() {
            Map<Stage, LocalDate> plan = plan(2024);
            plan.put(Stage.DECIDED, LocalDate.of(2024, 12, 5));

            fixture.givenNoPriorActivity()
                    .when(withPlan(plan))
                    .expectException(violates("PLAN_ORDER").naming("stage", Stage.DECIDED)
                            .naming("dueDate", LocalDate.of(2024, 12, 5)).naming("previousStage", Stage.PROPOSED)
                            .naming("previousDate", LocalDate.of(2024, 12, 9)))
                    .expectNoEvents();
        }

        @Test
        void aFirstDueDateBeforeTheCycleOpens_isRefused() {
            Map<Stage, LocalDate> plan = plan(2024);
            plan.put(Stage.SELF_REVIEW_SUBMITTED, OPENS_ON.minusDays(1));

            fixture.givenNoPriorActivity()
                    .when(withPlan(plan))
                    .expectException(violates("PLAN_ORDER").naming("stage", Stage.SELF_REVIEW_SUBMITTED)
                            .naming("previousStage", Stage.OPENED))
                    .expectNoEvents();
        }

        @Test
        void twoStagesOnTheSameDay_areInOrder() {
            // The meeting and its vote fall on the same day in the example plan.
            assertThat(plan(2024).get(Stage.MEETING_HELD)).isEqualTo(plan(2024).get(Stage.VOTED));
            fixture.givenNoPriorActivity()
                    .when(withPlan(plan(2024)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aPlanMissingAStage_isRefused() {
            Map<Stage, LocalDate> plan = plan(2024);
            plan.remove(Stage.PROPOSED);

            fixture.givenNoPriorActivity()
                    .when(withPlan(plan))
                    .expectException(violates("PLAN_STAGE_MISSING").naming("stage", Stage.PROPOSED))
                    .expectNoEvents();
        }

        @Test
        void noPlan_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withPlan(new EnumMap<>(Stage.class)))
                    .expectException(violates("PLAN_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void aDueDateForAStageOutsideThePlan_isRefused() {
            Map<Stage, LocalDate> plan = plan(2024);
            plan.put(Stage.CLOSED, LocalDate.of(2024, 12, 31));

            fixture.givenNoPriorActivity()
                    .when(withPlan(plan))
                    .expectException(violates("STAGE_NOT_PLANNED").naming("stage", Stage.CLOSED))
                    .expectNoEvents();
        }
    }

    /**
     * A due date may be a number of working days after the cycle opens, counted on the Vietnamese
     * calendar (weekends, public holidays, Tết); and a level of the tree may have its own plan,
     * since cells usually finish before their committee.
     */
    @Nested
    class PlanInWorkingDaysAndPerLevel {

        /** Opening Friday 1 November 2024: the fifth working day after it is Friday the 8th. */
        private Map<Stage, DueRule> inWorkingDays() {
            Map<Stage, DueRule> plan = new EnumMap<>(Stage.class);
            plan.put(Stage.SELF_REVIEW_SUBMITTED, DueRule.workingDaysAfterOpening(5));
            plan.put(Stage.OPINIONS_COLLECTED, DueRule.workingDaysAfterOpening(10));
            plan.put(Stage.MEETING_HELD, DueRule.workingDaysAfterOpening(15));
            plan.put(Stage.VOTED, DueRule.workingDaysAfterOpening(15));
            plan.put(Stage.PROPOSED, DueRule.workingDaysAfterOpening(20));
            plan.put(Stage.DECIDED, DueRule.workingDaysAfterOpening(25));
            plan.put(Stage.ANNOUNCED, DueRule.on(LocalDate.of(2024, 12, 23)));
            return plan;
        }

        private OpenCycle opening(int year, LocalDate opensOn, List<Unit> units, Map<Stage, DueRule> plan,
                                  Map<Integer, Map<Stage, DueRule>> levelPlans) {
            return new OpenCycle(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", year, null, null, units, plan,
                    levelPlans, List.of(MEMBERS), opensOn);
        }

        private CycleOpened opened(int year, LocalDate opensOn, List<Unit> units, Map<Stage, DueRule> plan,
                                   Map<Integer, Map<Stage, DueRule>> levelPlans) {
            return new CycleOpened(CYCLE_ID, "dang-uy-khoi", "Đảng ủy Khối các cơ quan", year, RuleSetId.forYear(year),
                    RuleSetId.forYear(year).defaults(), units, plan, levelPlans, List.of(MEMBERS), opensOn);
        }

        private Map<Stage, LocalDate> termsAt(CycleOpened past, Unit unit) {
            return new CycleCharter(past).termsFor(unit.id(), MEMBERS.id(), false, CALENDAR).dueDates();
        }

        @Test
        void aPlanInWorkingDays_isPinnedAsGiven_notAsDates() {
            // Pinned as rules, so a calendar correction later still counts from the same opening.
            fixture.givenNoPriorActivity()
                    .when(opening(2024, OPENS_ON, List.of(ROOT, CELL_A), inWorkingDays(), null))
                    .expectEvents(opened(2024, OPENS_ON, List.of(ROOT, CELL_A), inWorkingDays(), Map.of()));
        }

        @Test
        void workingDaysAfterOpening_skipWeekends_andDatesStayAsGiven() {
            Map<Stage, LocalDate> due = termsAt(opened(2024, OPENS_ON, List.of(ROOT), inWorkingDays(), Map.of()), ROOT);

            assertThat(due).containsEntry(Stage.SELF_REVIEW_SUBMITTED, LocalDate.of(2024, 11, 8))
                    .containsEntry(Stage.OPINIONS_COLLECTED, LocalDate.of(2024, 11, 15))
                    .containsEntry(Stage.MEETING_HELD, LocalDate.of(2024, 11, 22))
                    .containsEntry(Stage.VOTED, LocalDate.of(2024, 11, 22))
                    .containsEntry(Stage.PROPOSED, LocalDate.of(2024, 11, 29))
                    .containsEntry(Stage.DECIDED, LocalDate.of(2024, 12, 6))
                    .containsEntry(Stage.ANNOUNCED, LocalDate.of(2024, 12, 23));
        }

        @Test
        void workingDaysAfterOpening_skipTheTetBreak() {
            // A 2023 cycle run late, opened Monday 5 February 2024: the working days after it are the 6th
            // and 7th, then Tết Giáp Thìn (8 to 14 February), then Thursday the 15th, Friday the 16th, Monday the 19th.
            LocalDate monday = LocalDate.of(2024, 2, 5);
            Map<Stage, DueRule> plan = new EnumMap<>(Stage.class);
            plan.put(Stage.SELF_REVIEW_SUBMITTED, DueRule.workingDaysAfterOpening(3));
            plan.put(Stage.OPINIONS_COLLECTED, DueRule.workingDaysAfterOpening(5));
            for (Stage s : List.of(Stage.MEETING_HELD, Stage.VOTED, Stage.PROPOSED, Stage.DECIDED, Stage.ANNOUNCED)) {
                plan.put(s, DueRule.workingDaysAfterOpening(10));
            }

            Map<Stage, LocalDate> due = termsAt(opened(2023, monday, List.of(ROOT), plan, Map.of()), ROOT);

            assertThat(due).containsEntry(Stage.SELF_REVIEW_SUBMITTED, LocalDate.of(2024, 2, 15))
                    .containsEntry(Stage.OPINIONS_COLLECTED, LocalDate.of(2024, 2, 19));
        }

        @Test
        void aLevelsOwnPlan_overridesTheStagesItNames_forUnitsAtThatLevelOnly() {
            Map<Integer, Map<Stage, DueRule>> levelPlans = Map.of(3, Map.of(
                    Stage.SELF_REVIEW_SUBMITTED, DueRule.workingDaysAfterOpening(5),
                    Stage.OPINIONS_COLLECTED, DueRule.workingDaysAfterOpening(10)));
            CycleOpened past = opened(2024, OPENS_ON, List.of(ROOT, CELL_A, GROUP), due(plan(2024)), levelPlans);

            Map<Stage, LocalDate> atGroup = termsAt(past, GROUP);
            assertThat(atGroup).containsEntry(Stage.SELF_REVIEW_SUBMITTED, LocalDate.of(2024, 11, 8))
                    .containsEntry(Stage.OPINIONS_COLLECTED, LocalDate.of(2024, 11, 15))
                    .containsEntry(Stage.MEETING_HELD, plan(2024).get(Stage.MEETING_HELD));

            assertThat(termsAt(past, CELL_A)).isEqualTo(plan(2024));
        }

        @Test
        void aLevelPlanIsAcceptedForALevelTheTreeHas() {
            Map<Integer, Map<Stage, DueRule>> levelPlans =
                    Map.of(3, Map.of(Stage.SELF_REVIEW_SUBMITTED, DueRule.workingDaysAfterOpening(5)));
            fixture.givenNoPriorActivity()
                    .when(opening(2024, OPENS_ON, List.of(ROOT, CELL_A, GROUP), due(plan(2024)), levelPlans))
                    .expectEvents(opened(2024, OPENS_ON, List.of(ROOT, CELL_A, GROUP), due(plan(2024)), levelPlans));
        }

        @Test
        void aLevelPlanForALevelBelowTheTree_isRefusedNamingTheDepth() {
            fixture.givenNoPriorActivity()
                    .when(opening(2024, OPENS_ON, List.of(ROOT, CELL_A, GROUP), due(plan(2024)),
                            Map.of(4, Map.of(Stage.SELF_REVIEW_SUBMITTED, DueRule.workingDaysAfterOpening(5)))))
                    .expectException(violates("PLAN_LEVEL").naming("level", 4).naming("depth", 3))
                    .expectNoEvents();
        }

        @Test
        void levelZero_isRefused_theRootIsLevelOne() {
            fixture.givenNoPriorActivity()
                    .when(opening(2024, OPENS_ON, List.of(ROOT, CELL_A), due(plan(2024)),
                            Map.of(0, Map.of(Stage.SELF_REVIEW_SUBMITTED, DueRule.workingDaysAfterOpening(5)))))
                    .expectException(violates("PLAN_LEVEL").naming("level", 0).naming("depth", 2))
                    .expectNoEvents();
        }

        @Test
        void aLevelPlanThatBreaksTheProceduralOrder_isRefused() {
            // The level's decision date falls before the proposal the common plan still sets for it.
            fixture.givenNoPriorActivity()
                    .when(opening(2024, OPENS_ON, List.of(ROOT, CELL_A), due(plan(2024)),
                            Map.of(2, Map.of(Stage.DECIDED, DueRule.on(LocalDate.of(2024, 12, 5))))))
                    .expectException(violates("PLAN_ORDER").naming("stage", Stage.DECIDED)
                            .naming("previousStage", Stage.PROPOSED).naming("previousDate", LocalDate.of(2024, 12, 9)))
                    .expectNoEvents();
        }

        @Test
        void aLevelNamedWithoutAPlan_isRefusedAsBadInput() {
            // What a JSON body {"levelPlans": {"2": null}} becomes: refused by name, not a failure inside.
            Map<Integer, Map<Stage, DueRule>> levelPlans = new HashMap<>();
            levelPlans.put(2, null);
            fixture.givenNoPriorActivity()
                    .when(opening(2024, OPENS_ON, List.of(ROOT, CELL_A), due(plan(2024)), levelPlans))
                    .expectException(violates("PLAN_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void aCycleWithoutAnOpeningDay_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(opening(2024, null, List.of(ROOT, CELL_A), inWorkingDays(), null))
                    .expectException(violates("OPENS_ON_REQUIRED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class QuotaGroups {

        /** Quy định 124-QĐ/TW Art. 4 (1): at most 20% of Good; 2023–2024 has no exceptional share. */
        @Test
        void aShareAboveTwentyPercent_isRefusedIn2024_evenWithAReason() {
            fixture.givenNoPriorActivity()
                    .when(withGroups(new QuotaGroup("qg-x", "Nhóm X", new BigDecimal("0.25"), "Đơn vị tiêu biểu")))
                    .expectException(violates("QUOTA_SHARE_LIMIT").naming("quotaGroupId", "qg-x").naming("share", "0.25")
                            .naming("limit", "0.2"))
                    .expectNoEvents();
        }

        /** Quy định 366-QĐ/TW Art. 11 §1.5: exceptionally up to 25%, decided by the competent level with its reason. */
        @Test
        void in2025_twentyFivePercent_isAcceptedWithTheCompetentLevelsReason() {
            fixture.givenNoPriorActivity()
                    .when(withGroups2025(new QuotaGroup("qg-x", "Nhóm X", new BigDecimal("0.25"), "Đơn vị dẫn đầu phong trào thi đua")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void in2025_twentyFivePercentWithoutAReason_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withGroups2025(new QuotaGroup("qg-x", "Nhóm X", new BigDecimal("0.25"), " ")))
                    .expectException(violates("QUOTA_EXCEPTION_REASON").naming("share", "0.25").naming("limit", "0.2"))
                    .expectNoEvents();
        }

        @Test
        void in2025_moreThanTwentyFivePercent_isRefusedWhateverTheReason() {
            fixture.givenNoPriorActivity()
                    .when(withGroups2025(new QuotaGroup("qg-x", "Nhóm X", new BigDecimal("0.3"), "Lý do")))
                    .expectException(violates("QUOTA_SHARE_LIMIT").naming("share", "0.3").naming("limit", "0.25"))
                    .expectNoEvents();
        }

        @Test
        void aGroupMayNotTakeTheIdOfAUnitsDefaultGroup() {
            fixture.givenNoPriorActivity()
                    .when(withGroups(new QuotaGroup("unit:chi-bo-van-phong", "Nhóm", null)))
                    .expectException(violates("QUOTA_GROUP_RESERVED"))
                    .expectNoEvents();
        }

        @Test
        void aNegativeShare_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withGroups(new QuotaGroup("qg-x", "Nhóm X", new BigDecimal("-0.1"))))
                    .expectException(violates("QUOTA_SHARE"))
                    .expectNoEvents();
        }

        @Test
        void sharesOfZeroAndTwentyPercent_areAccepted() {
            fixture.givenNoPriorActivity()
                    .when(withGroups(new QuotaGroup("qg-0", "Không xuất sắc", BigDecimal.ZERO),
                            new QuotaGroup("qg-1", "Tối đa", new BigDecimal("0.20"))))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aDuplicateQuotaGroup_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withGroups(MEMBERS, new QuotaGroup(MEMBERS.id(), "Trùng", null)))
                    .expectException(violates("QUOTA_GROUP_DUPLICATE").naming("quotaGroupId", MEMBERS.id()))
                    .expectNoEvents();
        }

        @Test
        void aQuotaGroupWithoutAnId_isRefused() {
            fixture.givenNoPriorActivity()
                    .when(withGroups(new QuotaGroup(" ", "Không mã", null)))
                    .expectException(violates("QUOTA_GROUP_INCOMPLETE"))
                    .expectNoEvents();
        }
    }
}
