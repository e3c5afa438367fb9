package vn.reviewledger.kernel.common;

/** The four quality ratings of Quy định 124-QĐ/TW, Art. 4, highest first. Labels: {@code rating.*} in the messages bundle. */
public enum Rating {
    EXCELLENT,
    GOOD,
    COMPLETE,
    NOT_COMPLETE;

    /** True when this rating is strictly better than {@code other}. */
    public boolean isAbove(Rating other) {
        return ordinal() < other.ordinal();
    }
}
