package vn.reviewledger.query.ops.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.cycle.CycleQueries.FindCycle;
import vn.reviewledger.kernel.review.ReviewQueries.FindCycleHistory;
import vn.reviewledger.kernel.review.ReviewQueries.FindReview;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryEntry;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryFilter;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryPage;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.query.access.BadRequest;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.review.ReviewHistory;

/** The history of a review or of a whole cycle, narrowed by actor, event type and recorded time. */
@RestController
@Tag(name = "Audit", description = "History, reviews as of an instant, hash-chain verification, signed bundles, "
        + "the record of auditors' reads")
class HistoryController {

    private static final int MAX_PAGE = 1000;
    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,99}");

    private final QueryGateway queries;
    private final AuditScope scope;
    /** Called, not queried: the history lives beside this controller, on the query side. */
    private final ReviewHistory history;

    HistoryController(QueryGateway queries, AuditScope scope, ReviewHistory history) {
        this.queries = queries;
        this.history = history;
        this.scope = scope;
    }

    @GetMapping("/api/reviews/{id}/history")
    @Operation(operationId = "reviewHistory",
            summary = "The review's events, oldest first: who, in which role and unit, when, why, what, and "
                    + "each event's hash", description = "Filters: actor (user name), type (event class, e.g. "
                    + "RatingDecided), from (inclusive) and to (exclusive) on the recorded time. An auditor's or "
                    + "administrator's read is recorded (GET /api/audit/reads).")
    List<HistoryItem> review(@PathVariable String id,
                             @Parameter(example = "secretary") @RequestParam(required = false) String actor,
                             @Parameter(example = "RatingDecided") @RequestParam(required = false) String type,
                             @Parameter(example = "2023-12-01T00:00:00Z") @RequestParam(required = false) Instant from,
                             @Parameter(example = "2024-01-01T00:00:00Z") @RequestParam(required = false) Instant to) {
        HistoryFilter filter = filter(actor, type, from, to);
        scope.requireReview(id);
        List<HistoryEntry> entries = history.read(id, filter);
        if (entries.isEmpty() && !exists(id)) {
            throw new NotFound(id);
        }
        return entries.stream().map(HistoryItem::of).toList();
    }

    @GetMapping("/api/cycles/{cycleId}/history")
    @Operation(operationId = "cycleHistory",
            summary = "The events of every review of the cycle, in recorded order, a page at a time",
            description = "Same filters and entries as a review's history; each entry names its review.")
    HistoryPageView cycle(@PathVariable String cycleId,
                          @RequestParam(required = false) String actor,
                          @RequestParam(required = false) String type,
                          @RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "100") int size) {
        BadRequest.checkPage(page, size, MAX_PAGE);
        HistoryFilter filter = filter(actor, type, from, to);
        queries.query(new FindCycle(cycleId), ResponseTypes.optionalInstanceOf(CycleView.class)).join()
                .orElseThrow(() -> new NotFound(cycleId));
        scope.requireWholeCycle(cycleId);
        HistoryPage result = queries.query(new FindCycleHistory(cycleId, filter, page, size),
                ResponseTypes.instanceOf(HistoryPage.class)).join();
        return new HistoryPageView(result.items().stream().map(HistoryItem::of).toList(), result.page(),
                result.size(), result.total(), result.totalPages());
    }

    private boolean exists(String reviewId) {
        return queries.query(new FindReview(reviewId), ResponseTypes.optionalInstanceOf(ReviewView.class)).join()
                .isPresent();
    }

    private static HistoryFilter filter(String actor, String type, Instant from, Instant to) {
        if (type != null && !type.isBlank() && !TYPE.matcher(type).matches()) {
            throw new BadRequest("type", "field.type", Map.of());
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadRequest("to", "field.to", Map.of());
        }
        return new HistoryFilter(blankToNull(actor), blankToNull(type), from, to);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * A history entry on the wire: the stored event payload is embedded as JSON, not as a string.
     * {@code occurredAt} is when the event was recorded, {@code businessDate} the day the fact happened.
     */
    record HistoryItem(String reviewId, long sequence, String type, Instant occurredAt, String actor, String role,
                       String unit, String requestId, String reason, LocalDate businessDate,
                       @JsonRawValue String payload, String hash) {
        static HistoryItem of(HistoryEntry e) {
            return new HistoryItem(e.reviewId(), e.sequence(), e.type(), e.occurredAt(), e.actor(), e.role(),
                    e.unit(), e.requestId(), e.reason(), e.businessDate(), e.payload(), e.hash());
        }
    }

    record HistoryPageView(List<HistoryItem> items, int page, int size, long total, long totalPages) {
    }
}
