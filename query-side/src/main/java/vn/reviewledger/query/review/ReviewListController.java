package vn.reviewledger.query.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewListQueries.FindReviews;
import vn.reviewledger.kernel.review.ReviewListQueries.ReviewPage;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.query.access.ApiExamples;
import vn.reviewledger.query.access.BadRequest;
import vn.reviewledger.query.access.ReadScope;

/** The review list with its filters. Only translates HTTP into a query. */
@RestController
@RequestMapping("/api/reviews")
@Tag(name = "Reads: reviews", description = "Review summaries, one review, its history")
class ReviewListController {

    static final int MAX_PAGE_SIZE = 500;

    private final QueryGateway queries;
    private final ReadScope scope;

    ReviewListController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @GetMapping
    @Operation(operationId = "listReviews", summary = "A page of review summaries, most urgent first",
            description = "unitId includes the unit's whole subtree (as the dashboard counts do); deadlineStatus is "
                    + "judged today on the working-day calendar. Bad page, size or filter values are 400. An office "
                    + "user or a secretary sees only the reviews of their units and below; a unitId or cycleId "
                    + "outside that scope is 403.")
    @ApiResponse(responseCode = "200", description = "A page of reviews",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(value = ApiExamples.REVIEW_PAGE)))
    Page list(@Parameter(example = "0b6c2c52-7f7e-3a0e-8a7c-5f9c1b2e4d10") @RequestParam(required = false) String cycleId,
              @Parameter(example = "cb-vp") @RequestParam(required = false) String unitId,
              @RequestParam(required = false) Stage stage,
              @RequestParam(required = false) DeadlineStatus deadlineStatus,
              @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size) {
        BadRequest.checkPage(page, size, MAX_PAGE_SIZE);
        String cycle = blankToNull(cycleId);
        String unit = blankToNull(unitId);
        // Rows and totals both count only what the reader may see; a named unit outside it is 403.
        ReviewPage result = queries.query(new FindReviews(cycle, unit, stage, deadlineStatus, page, size,
                scope.listScope(cycle, unit)), ResponseTypes.instanceOf(ReviewPage.class)).join();
        return Page.of(result);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A page on the wire, with the count of pages a pager needs. */
    record Page(List<ReviewView> items, int page, int size, long total, long totalPages) {
        static Page of(ReviewPage p) {
            return new Page(p.items(), p.page(), p.size(), p.total(), (p.total() + p.size() - 1) / p.size());
        }
    }
}
