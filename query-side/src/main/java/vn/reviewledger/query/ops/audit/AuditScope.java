package vn.reviewledger.query.ops.audit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.review.ReviewQueries.FindReview;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.ReadScope;
import vn.reviewledger.query.access.Viewer;

/**
 * The read scope ({@link ReadScope}) applied to the audit's reads. Auditors and administrators read
 * everything, without a lookup (their reads must work even for a review whose summary is not
 * projected yet); an office or a secretary reads the audit of reviews in its units only, and a
 * cycle's whole history or bundle only when its scope holds the cycle's root.
 */
@Component
class AuditScope {

    private final QueryGateway queries;
    private final ReadScope scope;

    AuditScope(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    void requireReview(String reviewId) {
        if (ReadScope.readsAll(Viewer.current())) {
            return;
        }
        ReviewView view = queries.query(new FindReview(reviewId), ResponseTypes.optionalInstanceOf(ReviewView.class))
                .join().orElseThrow(() -> new NotFound(reviewId));
        scope.requireReview(view.cycleId(), view.unitId());
    }

    void requireWholeCycle(String cycleId) {
        scope.requireWholeCycle(cycleId);
    }
}
