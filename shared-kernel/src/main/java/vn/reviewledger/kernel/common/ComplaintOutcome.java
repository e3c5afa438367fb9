package vn.reviewledger.kernel.common;

/** How a complaint about a rating was resolved. */
public enum ComplaintOutcome {
    UPHELD, REJECTED
}
