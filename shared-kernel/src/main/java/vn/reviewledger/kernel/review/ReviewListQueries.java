package vn.reviewledger.kernel.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;

/** Lists of reviews: filtered pages for screens, ordered chunks for exports. */
public final class ReviewListQueries {

    private ReviewListQueries() {
    }

    /**
     * A page of review summaries. {@code unitId} includes the unit's whole subtree, as the dashboard
     * counts do, so a drill-down lists exactly the reviews behind a number. Null filters match all.
     */
    public record FindReviews(String cycleId, String unitId, Stage stage, DeadlineStatus deadlineStatus,
                              int page, int size, Map<String, Set<String>> scope) {

        /**
         * Without a scope: every review the filters match (an administrator, an auditor). {@code scope}
         * limits a list to cycle id → the unit ids the reader may see; an empty map matches nothing.
         */
        public FindReviews(String cycleId, String unitId, Stage stage, DeadlineStatus deadlineStatus, int page,
                           int size) {
            this(cycleId, unitId, stage, deadlineStatus, page, size, null);
        }
    }

    public record ReviewPage(List<ReviewView> items, int page, int size, long total) {
    }

    /** The next chunk of a cycle's reviews in id order, after {@code afterReviewId} (null: from the start). */
    public record ExportReviews(String cycleId, String afterReviewId, int limit) {
    }
}
