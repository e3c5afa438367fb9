package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/** How many reviews of one quota group are decided at each rating. */
public record QuotaCount(int excellent, int good, int complete, int notComplete) {

    public static final QuotaCount EMPTY = new QuotaCount(0, 0, 0, 0);

    /** The count after one review moves from {@code from} (null when newly decided) to {@code to}. */
    public QuotaCount move(Rating from, Rating to) {
        return add(from, -1).add(to, 1);
    }

    private QuotaCount add(Rating rating, int delta) {
        if (rating == null) {
            return this;
        }
        return switch (rating) {
            case EXCELLENT -> new QuotaCount(excellent + delta, good, complete, notComplete);
            case GOOD -> new QuotaCount(excellent, good + delta, complete, notComplete);
            case COMPLETE -> new QuotaCount(excellent, good, complete + delta, notComplete);
            case NOT_COMPLETE -> new QuotaCount(excellent, good, complete, notComplete + delta);
        };
    }
}
