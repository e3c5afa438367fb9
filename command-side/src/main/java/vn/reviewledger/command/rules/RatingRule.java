package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/** A rule that may refuse a rating, checked on every proposal, decision and reclassification. */
public interface RatingRule {

    void check(RatingContext review, Rating rating);
}
