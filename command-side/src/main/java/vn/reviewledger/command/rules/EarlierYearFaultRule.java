package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/**
 * Quy định 124-QĐ/TW Art. 12 §4.5: a fault of an earlier year, disciplined (or its discipline made
 * heavier) in the review year, is rated at the time of the fault: the superior re-rates that year's
 * review. Answers the year to re-rate, if any. Regulation 366 rates such a fault now and has no
 * such rule.
 */
public final class EarlierYearFaultRule {

    /** The earlier year whose review must be re-rated, or null. */
    public Integer yearToRerate(DisciplineRecorded d, int reviewYear) {
        if (d.faultOn() == null || d.faultOn().getYear() >= reviewYear) {
            return null;
        }
        return d.faultOn().getYear();
    }
}
