package vn.reviewledger.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Working-day arithmetic on the shipped calendar, over every day of 2023–2027. */
class WorkingDayProperties {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);

    private static LocalDate day(int offset) {
        return FIRST.plusDays(offset);
    }

    @Property
    void addingWorkingDaysLandsOnAWorkingDayAndCountsBackExactly(
            @ForAll @IntRange(min = 0, max = 1700) int offset, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate start = day(offset);
        LocalDate end = CALENDAR.addWorkingDays(start, n);
        assertThat(CALENDAR.isWorkingDay(end)).isTrue();
        assertThat(CALENDAR.workingDaysBetween(start, end)).isEqualTo(n);
        assertThat(end).isAfter(start);
    }

    @Property
    void addingIsMonotonicAndAdditive(@ForAll @IntRange(min = 0, max = 1700) int offset,
                                      @ForAll @IntRange(min = 1, max = 30) int a, @ForAll @IntRange(min = 1, max = 30) int b) {
        LocalDate start = day(offset);
        assertThat(CALENDAR.addWorkingDays(start, a + b))
                .isEqualTo(CALENDAR.addWorkingDays(CALENDAR.addWorkingDays(start, a), b));
        assertThat(CALENDAR.addWorkingDays(start, a + b)).isAfter(CALENDAR.addWorkingDays(start, a));
    }

    @Property
    void daysStrictlyBetweenAreOneFewerThanUpToAndIncludingAWorkingEnd(
            @ForAll @IntRange(min = 0, max = 1700) int offset, @ForAll @IntRange(min = 1, max = 40) int span) {
        LocalDate from = day(offset);
        LocalDate to = from.plusDays(span);
        int between = CALENDAR.workingDaysBefore(from, to);
        int upTo = CALENDAR.workingDaysBetween(from, to);
        assertThat(upTo - between).isEqualTo(CALENDAR.isWorkingDay(to) ? 1 : 0);
    }
}
