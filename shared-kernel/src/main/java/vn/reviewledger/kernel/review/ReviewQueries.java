package vn.reviewledger.kernel.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;

/** Queries about reviews and their answers. */
public final class ReviewQueries {

    private ReviewQueries() {
    }

    public record FindReview(String reviewId) {
    }

    /** Answered with a list of {@link HistoryEntry}, oldest first. */
    public record FindReviewHistory(String reviewId) {
    }

    public record ReviewView(
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
            Rating decidedRating,
            String decisionNo,
            Map<Stage, LocalDate> dueDates,
            DeadlineStatus deadlineStatus,
            long version) {
    }

    /** One event of a review as an auditor reads it. {@code payload} is the event as stored, in JSON. */
    public record HistoryEntry(
            long sequence,
            String type,
            Instant occurredAt,
            String actor,
            String role,
            String unit,
            String requestId,
            String reason,
            String payload,
            String hash) {
    }
}
