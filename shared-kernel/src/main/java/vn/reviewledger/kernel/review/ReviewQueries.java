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
    public record FindReviewHistory(String reviewId, HistoryFilter filter) {
        public FindReviewHistory(String reviewId) {
            this(reviewId, HistoryFilter.NONE);
        }
    }

    /**
     * Narrows a history: by the actor's user name, the event type (simple class name), and the recorded
     * time, {@code from} inclusive, {@code to} exclusive. Null means any.
     */
    public record HistoryFilter(String actor, String type, Instant from, Instant to) {
        public static final HistoryFilter NONE = new HistoryFilter(null, null, null, null);
    }

    /** The events of every review of a cycle, oldest first; answered with a {@link HistoryPage}. */
    public record FindCycleHistory(String cycleId, HistoryFilter filter, int page, int size) {
    }

    public record HistoryPage(java.util.List<HistoryEntry> items, int page, int size, long total) {
        public long totalPages() {
            return size == 0 ? 0 : (total + size - 1) / size;
        }
    }

    /**
     * The review as it stood at {@code asOf}, folded from its stored events (not from a read model);
     * answered with an optional {@link ReviewView}, empty when the review did not exist yet.
     */
    public record FindReviewAsOf(String reviewId, Instant asOf) {
    }

    /** The ids of a cycle's reviews, in id order; answered with a list of strings. */
    public record FindReviewIdsOfCycle(String cycleId) {
    }

    /**
     * One review as the read side shows it. {@code proposedScore}/{@code decidedScore}: the scores
     * under REG_366 (the decided ones follow every re-rating, also after close);
     * {@code reratingRequested}: re-ratings asked of it (Quy định 124-QĐ/TW Art. 12 §4.5) that no
     * re-rating has answered yet.
     */
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
            Integer proposedScore,
            Rating decidedRating,
            Integer decidedScore,
            String decisionNo,
            boolean outsidePoliticalSystem,
            int reratingRequested,
            Map<Stage, LocalDate> dueDates,
            DeadlineStatus deadlineStatus,
            long version) {
    }

    /**
     * One event of a review as an auditor reads it. {@code payload} is the event as stored, in JSON;
     * {@code occurredAt} is when it was recorded, {@code businessDate} the day the fact happened as the
     * request gave it (null for events that name none); {@code hash} is its link in the review's chain.
     */
    public record HistoryEntry(
            String reviewId,
            long sequence,
            String type,
            Instant occurredAt,
            String actor,
            String role,
            String unit,
            String requestId,
            String reason,
            LocalDate businessDate,
            String payload,
            String hash) {
    }
}
