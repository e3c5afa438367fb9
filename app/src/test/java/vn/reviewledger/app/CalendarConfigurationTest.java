package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;

/** An operator extends the shipped calendar by configuration, without a rebuild. */
@SpringBootTest(properties = {
        "reviewledger.calendar.lines[0]=YEAR 2028",
        "reviewledger.calendar.lines[1]=2028-01-25..2028-01-31 OFF Tết Nguyên đán Mậu Thân",
        "reviewledger.calendar.lines[2]=2026-12-01 OFF Ngày nghỉ bổ sung"})
@ActiveProfiles("test")
class CalendarConfigurationTest {

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void configuredLinesAddYearsAndDaysToTheShippedCalendar() {
        assertThat(calendar.covers(2028)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 26))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2028, 1, 26))).contains("Tết Nguyên đán Mậu Thân");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 1))).isFalse();
        // The shipped data is still there: the Tết 2024 break is not counted.
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 7), 1)).isEqualTo(LocalDate.of(2024, 2, 15));
    }
}
