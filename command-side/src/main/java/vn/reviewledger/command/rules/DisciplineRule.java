package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/** A regulation's rule on an individual's or a collective's own discipline: which year it bears on, and the cap. */
public interface DisciplineRule extends RatingRule {

    /** True when this discipline bears on the rating of {@code year} (and on the collectives that answer for it). */
    boolean bearsOn(DisciplineRecorded discipline, int year);
}
