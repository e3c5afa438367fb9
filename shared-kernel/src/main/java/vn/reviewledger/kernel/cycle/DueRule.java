package vn.reviewledger.kernel.cycle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;

/**
 * When a stage is due: a fixed date ({@code "2023-12-05"}) or a number of working days after the
 * cycle opens ({@code {"workingDays": 10}}), counted on the Vietnamese working-day calendar.
 */
public record DueRule(LocalDate date, Integer workingDays) {

    public DueRule {
        if ((date == null) == (workingDays == null)) {
            throw new IllegalArgumentException("a due rule is either a date or a number of working days");
        }
        if (workingDays != null && (workingDays < 0 || workingDays > 1000)) {
            throw new IllegalArgumentException("working days must be between 0 and 1000, got " + workingDays);
        }
    }

    public static DueRule on(LocalDate date) {
        return new DueRule(date, null);
    }

    public static DueRule workingDaysAfterOpening(int days) {
        return new DueRule(null, days);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static DueRule fromJson(Object value) {
        if (value instanceof String s) {
            try {
                return on(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (yyyy-MM-dd): " + s);
            }
        }
        if (value instanceof Map<?, ?> m && m.get("workingDays") instanceof Number n && m.size() == 1) {
            return workingDaysAfterOpening(n.intValue());
        }
        throw new IllegalArgumentException("expected a date \"yyyy-MM-dd\" or {\"workingDays\": n}");
    }

    @JsonValue
    Object toJson() {
        return date != null ? date.toString() : Map.of("workingDays", workingDays);
    }

    /** The due date for a cycle that opens on {@code opensOn}. */
    public LocalDate resolve(LocalDate opensOn, WorkingDayCalendar calendar) {
        return date != null ? date : calendar.addWorkingDays(opensOn, workingDays);
    }
}
