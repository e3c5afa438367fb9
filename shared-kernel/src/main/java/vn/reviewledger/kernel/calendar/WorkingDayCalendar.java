package vn.reviewledger.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Working days of Vietnamese civil servants (công chức, viên chức): Monday to Friday, less the
 * holidays, compensatory days off (nghỉ bù) and swapped days off (hoán đổi) the data lists, plus the
 * Saturdays or Sundays the data marks as make-up working days (ngày làm bù).
 *
 * <p>Saturday and Sunday are the weekly rest because public bodies work a 40-hour, five-day week
 * (Quyết định 188/1999/QĐ-TTg). Holidays come from the Labour Code 2019, Art. 112; a holiday on the
 * weekly rest gives a compensatory day off on the next working day (Art. 111(3)); the Prime Minister
 * fixes the Tết and National Day dates and any swaps each year, and those notices are the data.
 *
 * <p>For a year without data ({@link #covers(int)} is false) only the weekly rest applies: the answers
 * are then a lower bound on days off, and callers should warn.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class WorkingDayCalendar {

    private static final String BUNDLED_RESOURCE = "/calendar/vn-calendar.txt";
    private static final String BUNDLED_SOURCE = "vn-calendar.txt";
    private static final String EXTRA_SOURCE = "extra calendar lines";
    private static final String SUPPLIED_SOURCE = "supplied calendar";

    private final Map<LocalDate, MarkedDay> markedDays;
    private final Set<Integer> coveredYears;

    private WorkingDayCalendar(CalendarDataParser data) {
        this.markedDays = Map.copyOf(data.days());
        this.coveredYears = Set.copyOf(data.years());
    }

    /** The calendar shipped in this jar: official notices for 2023–2026, 2027 derived from the law. */
    public static WorkingDayCalendar vietnam() {
        return Bundled.CALENDAR;
    }

    /**
     * The shipped calendar followed by {@code extraLines} in the same format, so that an operator can
     * add a year or a late notice through configuration. An extra line for a date replaces whatever the
     * shipped data (or an earlier extra line) said about it.
     *
     * @throws IllegalArgumentException naming the line number within {@code extraLines} (counted from 1)
     *                                  of the first malformed line
     */
    public static WorkingDayCalendar vietnam(List<String> extraLines) {
        Objects.requireNonNull(extraLines, "extraLines");
        CalendarDataParser data = new CalendarDataParser();
        data.read(BUNDLED_SOURCE, Bundled.LINES);
        data.read(EXTRA_SOURCE, extraLines);
        return new WorkingDayCalendar(data);
    }

    /**
     * A calendar from an operator's own file only, without the shipped data. To layer a file over the
     * shipped data instead, pass its lines to {@link #vietnam(List)}. The reader is closed.
     *
     * @throws IllegalArgumentException naming the line number of the first malformed line
     * @throws UncheckedIOException     if the reader fails
     */
    public static WorkingDayCalendar parse(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        CalendarDataParser data = new CalendarDataParser();
        data.read(SUPPLIED_SOURCE, reader);
        return new WorkingDayCalendar(data);
    }

    /**
     * Whether civil servants work on {@code day}. A date the data marks decides by its mark (WORK: yes;
     * OFF: no); any other date is a working day exactly when it is Monday to Friday.
     */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        MarkedDay mark = markedDays.get(day);
        if (mark != null) {
            return mark.working();
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code n}-th working day after {@code start}.
     * <ul>
     *   <li>{@code n >= 1}: count working days strictly after {@code start} and return the {@code n}-th;
     *       {@code start} itself never counts, working day or not.</li>
     *   <li>{@code n == 0}: {@code start} if it is a working day, otherwise the first working day after it.</li>
     * </ul>
     * Example with the shipped data: {@code addWorkingDays(2024-02-07, 1)} is 2024-02-15, because the
     * Tết Giáp Thìn break runs from 8 to 14 February 2024; {@code addWorkingDays(2024-02-10, 0)} is
     * also 2024-02-15.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        LocalDate day = start;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int found = 0; found < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /**
     * The number of working days {@code d} with {@code from < d <= to}: how many working days it takes
     * to get from {@code from} to {@code to}. It is 0 when the dates are equal, and
     * {@code workingDaysBetween(s, addWorkingDays(s, n)) == n} for every {@code n >= 1}.
     * Example: {@code workingDaysBetween(2024-02-07, 2024-02-15)} is 1.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        requireOrdered(from, to, "to", "from");
        return countWorkingDays(from, to.plusDays(1));
    }

    /**
     * The number of working days {@code d} with {@code earlier < d < later}: the full working days
     * that lie between two events, neither event's own day counted. A rule such as "the collective's
     * draft report is circulated at least 3 working days before the meeting" reads
     * {@code workingDaysBefore(circulated, meeting) >= 3}.
     *
     * <p>Examples with the shipped data:
     * <ul>
     *   <li>circulated Monday 2024-03-04, meeting Friday 2024-03-08: Tuesday, Wednesday and Thursday
     *       lie between, so 3 (rule met);</li>
     *   <li>circulated Tuesday 2024-03-05, same meeting: 2 (rule not met);</li>
     *   <li>circulated Tuesday 2024-02-06, meeting Friday 2024-02-16: only 7 and 15 February are working
     *       days between them, the Tết break taking the rest, so 2.</li>
     * </ul>
     * It is 0 when the dates are equal or consecutive.
     *
     * @throws IllegalArgumentException if {@code later} is before {@code earlier}: an event after the
     *                                  meeting is a caller's mistake, not "zero days before"
     */
    public int workingDaysBefore(LocalDate earlier, LocalDate later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        requireOrdered(earlier, later, "later", "earlier");
        return countWorkingDays(earlier, later);
    }

    /**
     * The Vietnamese name of the day off the data lists for {@code day}, e.g. "Tết Nguyên đán Giáp Thìn"
     * or "Nghỉ bù Giỗ Tổ Hùng Vương", exactly as written in the data (Unicode NFC). Empty for a working
     * day, a make-up working day and an ordinary weekend.
     */
    public Optional<String> holidayName(LocalDate day) {
        Objects.requireNonNull(day, "day");
        MarkedDay mark = markedDays.get(day);
        return mark == null || mark.working() ? Optional.empty() : Optional.of(mark.name());
    }

    /**
     * Whether the data declares {@code year} complete (a {@code YEAR} line). When false, holidays of
     * that year are unknown and only weekends count as days off.
     */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[years=" + coveredYears.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(",")) + ", markedDays=" + markedDays.size() + "]";
    }

    /** Working days d with fromExclusive < d < toExclusive. */
    private int countWorkingDays(LocalDate fromExclusive, LocalDate toExclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static void requireOrdered(LocalDate first, LocalDate second, String secondName, String firstName) {
        if (second.isBefore(first)) {
            throw new IllegalArgumentException(
                    secondName + " (" + second + ") is before " + firstName + " (" + first + ")");
        }
    }

    /** Loaded on first use, once: the shipped file is part of the jar and never changes at run time. */
    private static final class Bundled {
        static final List<String> LINES = load();
        static final WorkingDayCalendar CALENDAR = vietnam(List.of());

        private static List<String> load() {
            InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE);
            if (in == null) {
                throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
            }
        }
    }
}
