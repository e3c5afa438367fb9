package vn.reviewledger.command.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;

/**
 * Regulation 124's leave rules (the text of Guid. 25 on leave was not found; these follow its
 * predecessor Guid. 21/2019 and Decree 90/2020, and the README names the parameters):
 * <ul>
 *   <li>who worked fewer than {@code minMonthsWorked} months of the year is reviewed but not rated —
 *   maternity leave aside, which is rated on the work actually done (Decree 90 Art. 2, "trừ trường
 *   hợp nghỉ chế độ thai sản");</li>
 *   <li>sick leave of {@code sickMonths} months or more caps the rating at {@code sickCap}
 *   (Guid. 21/2019: "không xếp loại đạt mức 'Hoàn thành tốt nhiệm vụ' trở lên").</li>
 * </ul>
 * Overlapping leave records are counted once. Regulation 366 has no such rule: whoever is reviewed
 * is rated on the work actually done (Guid. 43 §7.5).
 */
public final class LeaveCapRule implements RatingRule {

    private final int minMonthsWorked;
    private final int sickMonths;
    private final Rating sickCap;

    public LeaveCapRule(int minMonthsWorked, int sickMonths, Rating sickCap) {
        this.minMonthsWorked = minMonthsWorked;
        this.sickMonths = sickMonths;
        this.sickCap = sickCap;
    }

    @Override
    public void check(RatingContext review, Rating rating) {
        if (!ratable(review)) {
            throw RuleViolation.conflict("LEAVE_NOT_RATED", "workedDays", workedDays(review), "minMonths", minMonthsWorked);
        }
        int daysInYear = Year.of(review.year()).length();
        long sickDays = leaveDaysInYear(review, l -> l.kind() == LeaveKind.SICK);
        // Months compared as (days × 12) against (months × days in year): exact, no rounding.
        if (sickCap != null && rating.isAbove(sickCap) && sickDays * 12 >= (long) sickMonths * daysInYear) {
            throw RuleViolation.conflict("LEAVE_CAP", "leaveDays", sickDays, "months", sickMonths, "rating", rating,
                    "cap", sickCap);
        }
    }

    /** True when the review may be rated at all; false means "reviewed, not rated". */
    public boolean ratable(RatingContext review) {
        int daysInYear = Year.of(review.year()).length();
        return workedDays(review) * 12 >= (long) minMonthsWorked * daysInYear;
    }

    private static long workedDays(RatingContext review) {
        return Year.of(review.year()).length() - leaveDaysInYear(review, l -> l.kind() != LeaveKind.MATERNITY);
    }

    static long leaveDaysInYear(RatingContext review, Predicate<LeaveRecorded> counted) {
        LocalDate first = LocalDate.of(review.year(), 1, 1);
        LocalDate last = LocalDate.of(review.year(), 12, 31);
        Set<LocalDate> days = new HashSet<>();
        for (LeaveRecorded leave : review.leaves()) {
            if (!counted.test(leave)) {
                continue;
            }
            LocalDate from = leave.startedOn().isBefore(first) ? first : leave.startedOn();
            LocalDate to = leave.endedOn().isAfter(last) ? last : leave.endedOn();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days.size();
    }
}
