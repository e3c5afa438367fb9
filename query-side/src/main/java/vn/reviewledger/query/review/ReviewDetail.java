package vn.reviewledger.query.review;

import java.time.LocalDate;
import java.util.Map;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;

/**
 * One review as {@code GET /api/reviews/{id}} (live and {@code ?asOf=}), the review page and the
 * exports show it: the kernel's {@link ReviewView} and the facts of Regulation 366-QĐ/TW besides —
 * the proposed and decided scores (the decided rating and score follow every reclassification, also
 * after close), the form-2C flag, and how many re-ratings (Quy định 124-QĐ/TW Art. 12 §4.5) are
 * asked of it and not yet answered by a reclassification.
 *
 * <p>It answers the kernel's own queries ({@code FindReview}, {@code FindReviewAsOf},
 * {@code ExportReviews}) when asked for this type; the kernel's {@code ReviewView} is still answered
 * for the same queries. It belongs in {@code shared-kernel} as {@code ReviewView}'s new components;
 * it lives here until that change is made there.
 */
public record ReviewDetail(
        String reviewId,
        String cycleId,
        Subject subject,
        String unitId,
        String quotaGroupId,
        Stage stage,
        Rating selfRating,
        Integer selfScore,
        Rating voteOutcome,
        Rating proposedRating,
        Integer proposedScore,
        Rating decidedRating,
        Integer decidedScore,
        String decisionNo,
        boolean outsidePoliticalSystem,
        int reratingRequested,
        Map<Stage, LocalDate> dueDates,
        DeadlineStatus deadlineStatus,
        long version) {

    /** The kernel's view of the same review. */
    public ReviewView view() {
        return new ReviewView(reviewId, cycleId, subject, unitId, quotaGroupId, stage, selfRating, selfScore,
                voteOutcome, proposedRating, decidedRating, decisionNo, dueDates, deadlineStatus, version);
    }
}
