package vn.reviewledger.query.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;

/**
 * Where a review stands against the due date of its next step, judged against the injected clock
 * at the moment of asking, so the answer is right even when no event has arrived for days. "Due soon"
 * counts working days on the Vietnamese calendar: a step due after Tết is not "soon" just because few
 * calendar days remain, and one due on the Monday after a long weekend is.
 *
 * <p>The statuses are never stored: read models keep the due date, and lists and counts ask
 * {@link #window()} for the dates that separate the statuses, so an indexed range query gives them.
 */
public final class DeadlinePolicy {

    private final Clock clock;
    private final ZoneId zone;
    private final WorkingDayCalendar calendar;
    private final int dueSoonWorkingDays;

    public DeadlinePolicy(Clock clock, ZoneId zone, WorkingDayCalendar calendar, int dueSoonWorkingDays) {
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("reviewledger.query.due-soon-days must not be negative");
        }
        this.clock = clock;
        this.zone = zone;
        this.calendar = calendar;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /** Today where the due dates end (Vietnam time by default), not where the server happens to run. */
    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * The dates that separate the statuses today: due before {@code today} is overdue; due from
     * {@code today} to {@code dueSoonUntil} (inclusive) is due soon; later is on track.
     */
    public Window window() {
        return windowOn(today());
    }

    /** The window as it was, or will be, on {@code today}: for a dashboard as of a past instant. */
    public Window windowOn(LocalDate today) {
        // The last day that still lies within N working days: the day before the (N+1)-th working day.
        LocalDate until = calendar.addWorkingDays(today, dueSoonWorkingDays + 1).minusDays(1);
        return new Window(today, until);
    }

    public DeadlineStatus status(Stage stage, LocalDate nextDue) {
        return window().status(stage, nextDue);
    }

    public record Window(LocalDate today, LocalDate dueSoonUntil) {

        public DeadlineStatus status(Stage stage, LocalDate nextDue) {
            if (stage == null || stage.isFinished() || nextDue == null) {
                return DeadlineStatus.DONE;
            }
            if (nextDue.isBefore(today)) {
                return DeadlineStatus.OVERDUE;
            }
            return nextDue.isAfter(dueSoonUntil) ? DeadlineStatus.ON_TRACK : DeadlineStatus.DUE_SOON;
        }
    }
}
