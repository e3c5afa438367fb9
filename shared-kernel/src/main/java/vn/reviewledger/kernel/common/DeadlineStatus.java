package vn.reviewledger.kernel.common;

/** Where a review stands against the due date of its next step. */
public enum DeadlineStatus {
    ON_TRACK, DUE_SOON, OVERDUE, DONE
}
