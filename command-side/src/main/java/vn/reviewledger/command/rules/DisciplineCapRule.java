package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/**
 * Quy định 124-QĐ/TW Art. 12 §4.3(d) (individuals) and §4 (collectives): disciplined for a fault of
 * the review year ⇒ Not complete, unless the fault was discovered by themselves <em>and</em> its
 * consequences remedied. The year is the fault's ({@code violationOn}): a fault of an earlier year
 * disciplined now re-rates that year instead (§4.5, {@link EarlierYearFaultRule}), and a
 * discipline imposed in another year for a fault of this one caps this year.
 */
public final class DisciplineCapRule implements DisciplineRule {

    @Override
    public void check(RatingContext review, Rating rating) {
        if (rating == Rating.NOT_COMPLETE) {
            return;
        }
        for (DisciplineRecorded d : review.disciplines()) {
            if (bearsOn(d, review.year())) {
                throw RuleViolation.conflict("DISCIPLINE_CAP", "form", d.form(), "imposedOn", d.imposedOn(),
                        "year", review.year(), "rating", rating, "cap", Rating.NOT_COMPLETE);
            }
        }
    }

    /** True when this discipline caps the rating of {@code year}. */
    @Override
    public boolean bearsOn(DisciplineRecorded d, int year) {
        return d.faultOn() != null && d.faultOn().getYear() == year && !d.excused();
    }
}
