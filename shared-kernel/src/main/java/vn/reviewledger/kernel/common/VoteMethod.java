package vn.reviewledger.kernel.common;

/** How the review meeting voted. */
public enum VoteMethod {
    SECRET_BALLOT, SHOW_OF_HANDS
}
