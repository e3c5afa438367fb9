package vn.reviewledger.query.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.kernel.review.ReviewQueries.FindReview;
import vn.reviewledger.kernel.review.ReviewQueries.FindReviewHistory;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryEntry;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;

/** Reads of one review. Only translates HTTP into queries. */
@RestController
@RequestMapping("/api/reviews")
@Tag(name = "Reads: reviews")
class ReviewQueryController {

    private final QueryGateway queries;
    private final ReadScope scope;

    ReviewQueryController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /** The review, if it exists (else 404) and the user's scope reaches its unit (else 403). */
    private ReviewView inScope(String id) {
        ReviewView view = queries.query(new FindReview(id), ResponseTypes.optionalInstanceOf(ReviewView.class)).join()
                .orElseThrow(() -> new NotFound(id));
        scope.requireReview(view.cycleId(), view.unitId());
        return view;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One review: its stage, ratings, due dates and deadline status",
            description = "The ETag is the review's version, for If-Match on the next command.")
    ResponseEntity<ReviewView> review(@PathVariable String id) {
        ReviewView view = inScope(id);
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The review's events, oldest first: who, in which role, when, why, what")
    List<HistoryItem> history(@PathVariable String id) {
        if (!ReadScope.readsAll(Viewer.current())) {
            inScope(id);
        }
        List<HistoryEntry> entries = queries.query(new FindReviewHistory(id),
                ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join();
        if (entries.isEmpty()) {
            throw new NotFound(id);
        }
        return entries.stream().map(HistoryItem::of).toList();
    }

    /** A history entry on the wire: the stored event payload is embedded as JSON, not as a string. */
    record HistoryItem(long sequence, String type, Instant occurredAt, String actor, String role, String unit,
                       String requestId, String reason, @JsonRawValue String payload, String hash) {
        static HistoryItem of(HistoryEntry e) {
            return new HistoryItem(e.sequence(), e.type(), e.occurredAt(), e.actor(), e.role(), e.unit(), e.requestId(),
                    e.reason(), e.payload(), e.hash());
        }
    }
}
