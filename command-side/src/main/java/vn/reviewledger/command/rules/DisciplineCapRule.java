package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/**
 * Quy định 124-QĐ/TW, Art. 7 (4) and Art. 11 (4): a party member or organization disciplined in
 * the review year is rated "not completed", unless the fault was discovered by themselves and
 * remedied. Discipline imposed in another year does not cap this year's rating.
 */
public final class DisciplineCapRule implements RatingRule {

    @Override
    public void check(RatingContext review, Rating rating) {
        if (rating == Rating.NOT_COMPLETE) {
            return;
        }
        for (DisciplineRecorded d : review.disciplines()) {
            boolean inYear = d.imposedOn() != null && d.imposedOn().getYear() == review.year();
            boolean excused = d.selfDiscovered() && d.remedied();
            if (inYear && !excused) {
                throw RuleViolation.conflict("DISCIPLINE_CAP", "form", d.form(), "imposedOn", d.imposedOn(),
                        "year", review.year(), "rating", rating, "cap", Rating.NOT_COMPLETE);
            }
        }
    }
}
