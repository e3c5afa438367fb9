package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/** A collective review the cycle knows of, and its rating once decided (null before). */
public record CollectiveStatus(String reviewId, String unitId, String name, Rating rating) {

    public boolean decided() {
        return rating != null;
    }
}
