package vn.reviewledger.kernel.common;

/** The four quality ratings of Quy định 124-QĐ/TW, Art. 4, highest first. */
public enum Rating {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ", "Excellently completed duties"),
    GOOD("Hoàn thành tốt nhiệm vụ", "Well completed duties"),
    COMPLETE("Hoàn thành nhiệm vụ", "Completed duties"),
    NOT_COMPLETE("Không hoàn thành nhiệm vụ", "Did not complete duties");

    private final String vi;
    private final String en;

    Rating(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(boolean english) {
        return english ? en : vi;
    }

    /** True when this rating is strictly better than {@code other}. */
    public boolean isAbove(Rating other) {
        return ordinal() < other.ordinal();
    }
}
