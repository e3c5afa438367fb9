package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;

/**
 * A collective's draft review report goes out at least three working days before the meeting
 * (Hướng dẫn 25-HD/BTCTW, Part III (1)): the working days strictly between the two days count, on
 * the Vietnamese calendar, so weekends and Tết do not.
 */
class DraftCirculationRuleTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();
    private static final LocalDate FRIDAY_MEETING = LocalDate.of(2024, 3, 8);
    private final DraftCirculationRule rule = new DraftCirculationRule(3);

    @Test
    void draft_sentMondayForAFridayMeeting_isInTime_tuesdayWednesdayThursdayLieBetween() {
        assertThatNoException().isThrownBy(() -> rule.check(LocalDate.of(2024, 3, 4), FRIDAY_MEETING, CALENDAR));
    }

    @Test
    void draft_sentTuesdayForAFridayMeeting_isRefusedNamingBothDaysAndTheCount() {
        LocalDate tuesday = LocalDate.of(2024, 3, 5);

        RuleViolation v = refusal(() -> rule.check(tuesday, FRIDAY_MEETING, CALENDAR));

        assertThat(v.rule()).isEqualTo("DRAFT_CIRCULATION");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(v.args()).containsEntry("circulatedOn", tuesday).containsEntry("heldOn", FRIDAY_MEETING)
                .containsEntry("workingDays", 2).containsEntry("required", 3);
    }

    @Test
    void draft_weekendsDoNotCount_sentThursdayForTheNextTuesday_isRefused() {
        // Thursday 7 March to Tuesday 12 March 2024: Friday and Monday lie between; Saturday and Sunday do not count.
        RuleViolation v = refusal(() -> rule.check(LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 12), CALENDAR));

        assertThat(v.args()).containsEntry("workingDays", 2);
    }

    @Test
    void draft_theTetBreakDoesNotCount_tenCalendarDaysAreOnlyTwoWorkingDays() {
        // Tuesday 6 February to Friday 16 February 2024: only the 7th and the 15th are working days,
        // Tết Giáp Thìn taking 8 to 14 February.
        LocalDate beforeTet = LocalDate.of(2024, 2, 6);
        LocalDate afterTet = LocalDate.of(2024, 2, 16);

        RuleViolation v = refusal(() -> rule.check(beforeTet, afterTet, CALENDAR));

        assertThat(v.args()).containsEntry("workingDays", 2).containsEntry("required", 3);
    }

    @Test
    void draft_sentOnTheMeetingDay_isRefusedWithNoWorkingDayBetween() {
        assertThat(refusal(() -> rule.check(FRIDAY_MEETING, FRIDAY_MEETING, CALENDAR)).args())
                .containsEntry("workingDays", 0);
    }

    @Test
    void draft_datedAfterTheMeeting_isRefused_neverCountedAsNegative() {
        RuleViolation v = refusal(() -> rule.check(FRIDAY_MEETING.plusDays(3), FRIDAY_MEETING, CALENDAR));

        assertThat(v.rule()).isEqualTo("DRAFT_CIRCULATION");
        assertThat(v.args()).containsEntry("workingDays", 0);
    }

    @Test
    void draft_theNumberOfDaysIsAParameterOfTheRuleSet() {
        DraftCirculationRule five = new DraftCirculationRule(5);

        assertThat(refusal(() -> five.check(LocalDate.of(2024, 3, 4), FRIDAY_MEETING, CALENDAR)).args())
                .containsEntry("required", 5);
        // Friday 1 March to Friday 8 March: Monday to Thursday lie between, four working days.
        assertThat(refusal(() -> five.check(LocalDate.of(2024, 3, 1), FRIDAY_MEETING, CALENDAR)).args())
                .containsEntry("workingDays", 4);
        assertThatNoException().isThrownBy(() -> five.check(LocalDate.of(2024, 2, 29), FRIDAY_MEETING, CALENDAR));
    }
}
