package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/**
 * Quy định 366-QĐ/TW Art. 11 §4: disciplined in the review year (reprimand or more — every party
 * form is) for a fault in the exercise of duties ⇒ Not complete. A fault of an earlier year
 * disciplined now counts now (rated "ở thời điểm đánh giá hiện tại"), so the year is the
 * imposition's. Self-discovery and remedy do not excuse by themselves: the competent level may rate
 * higher, and must then record its reason — a discretion, not an exception.
 */
public final class DutyDisciplineRule implements DisciplineRule {

    @Override
    public void check(RatingContext review, Rating rating) {
        if (rating == Rating.NOT_COMPLETE) {
            return;
        }
        for (DisciplineRecorded d : review.disciplines()) {
            if (!bearsOn(d, review.year())) {
                continue;
            }
            if (d.excused()) {
                if (!review.hasReason()) {
                    throw RuleViolation.conflict("DISCIPLINE_DISCRETION_REASON", "form", d.form(),
                            "imposedOn", d.imposedOn(), "rating", rating);
                }
            } else {
                throw RuleViolation.conflict("DISCIPLINE_CAP", "form", d.form(), "imposedOn", d.imposedOn(),
                        "year", review.year(), "rating", rating, "cap", Rating.NOT_COMPLETE);
            }
        }
    }

    /** True when this discipline bears on the rating of {@code year}. */
    @Override
    public boolean bearsOn(DisciplineRecorded d, int year) {
        return d.imposedOn() != null && d.imposedOn().getYear() == year && d.isDutyRelated();
    }
}
