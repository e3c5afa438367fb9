package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/**
 * A collective review the cycle knows of: its rating once decided (null before), and whether it
 * was recorded as not reviewed — an exempted collective is never decided, and never blocks another.
 */
public record CollectiveStatus(String reviewId, String unitId, String name, Rating rating, boolean exempted) {

    public CollectiveStatus(String reviewId, String unitId, String name, Rating rating) {
        this(reviewId, unitId, name, rating, false);
    }

    public CollectiveStatus withRating(Rating decided) {
        return new CollectiveStatus(reviewId, unitId, name, decided, exempted);
    }

    public CollectiveStatus asExempted() {
        return new CollectiveStatus(reviewId, unitId, name, rating, true);
    }

    public boolean decided() {
        return rating != null;
    }

    /** True while others must wait for it: neither decided nor exempted. */
    public boolean pending() {
        return rating == null && !exempted;
    }
}
