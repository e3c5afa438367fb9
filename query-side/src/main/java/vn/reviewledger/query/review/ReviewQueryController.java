package vn.reviewledger.query.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.kernel.review.ReviewQueries.FindReview;
import vn.reviewledger.kernel.review.ReviewQueries.FindReviewAsOf;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.ReadScope;

/**
 * Reads of one review. Only translates HTTP into queries. The review's history, verification and
 * bundle are the audit's ({@code query.ops.audit}).
 */
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
    @Operation(operationId = "getReview",
            summary = "One review: its stage, ratings and scores, due dates and deadline status",
            description = "The ETag is the review's version, for If-Match on the next command. With asOf: the "
                    + "review as it stood at that instant, rebuilt from its stored events (404 if it did not "
                    + "exist yet), deadline status judged on that day, in the same shape; no ETag. Under "
                    + "REG_366 proposedScore and decidedScore carry the scores (the decided ones follow a "
                    + "reclassification, also after close); reratingRequested counts the re-ratings asked "
                    + "of the review (Regulation 124 Art. 12 §4.5) and not yet answered.")
    ResponseEntity<ReviewView> review(@PathVariable String id,
                                      @Parameter(description = "the review as it stood at this instant (UTC, ISO-8601)",
                                              example = "2023-12-15T10:00:00Z")
                                      @RequestParam(required = false) Instant asOf) {
        // A review never changes unit, so today's unit decides the scope of its past too.
        ReviewView view = inScope(id);
        if (asOf != null) {
            return ResponseEntity.ok(queries.query(new FindReviewAsOf(id, asOf),
                    ResponseTypes.optionalInstanceOf(ReviewView.class)).join().orElseThrow(() -> new NotFound(id)));
        }
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
