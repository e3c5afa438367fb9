package vn.reviewledger.command.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;

/**
 * Hướng dẫn 25-HD/BTCTW, Part I (2.3): who worked fewer than six months of the year is reviewed but
 * not rated; leave of three to six months bars Excellent. Maternity leave is treated like any other:
 * the rating reflects the time actually worked. Overlapping leave records are counted once.
 */
public final class LeaveCapRule implements RatingRule {

    private final int minMonthsWorked;
    private final int leaveMonthsBarringExcellent;

    public LeaveCapRule(int minMonthsWorked, int leaveMonthsBarringExcellent) {
        this.minMonthsWorked = minMonthsWorked;
        this.leaveMonthsBarringExcellent = leaveMonthsBarringExcellent;
    }

    @Override
    public void check(RatingContext review, Rating rating) {
        int daysInYear = Year.of(review.year()).length();
        long leaveDays = leaveDaysInYear(review);
        long workedDays = daysInYear - leaveDays;
        // Compare months as (days × 12) against (months × days in year): exact, no rounding.
        if (workedDays * 12 < (long) minMonthsWorked * daysInYear) {
            throw RuleViolation.conflict("LEAVE_NOT_RATED", "workedDays", workedDays, "minMonths", minMonthsWorked);
        }
        if (rating == Rating.EXCELLENT && leaveDays * 12 >= (long) leaveMonthsBarringExcellent * daysInYear) {
            throw RuleViolation.conflict("LEAVE_CAP", "leaveDays", leaveDays, "months", leaveMonthsBarringExcellent,
                    "rating", rating);
        }
    }

    /** True when the review may be rated at all; false means "reviewed, not rated". */
    public boolean ratable(RatingContext review) {
        int daysInYear = Year.of(review.year()).length();
        return (daysInYear - leaveDaysInYear(review)) * 12 >= (long) minMonthsWorked * daysInYear;
    }

    static long leaveDaysInYear(RatingContext review) {
        LocalDate first = LocalDate.of(review.year(), 1, 1);
        LocalDate last = LocalDate.of(review.year(), 12, 31);
        Set<LocalDate> days = new HashSet<>();
        for (LeaveRecorded leave : review.leaves()) {
            LocalDate from = leave.startedOn().isBefore(first) ? first : leave.startedOn();
            LocalDate to = leave.endedOn().isAfter(last) ? last : leave.endedOn();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days.size();
    }
}
