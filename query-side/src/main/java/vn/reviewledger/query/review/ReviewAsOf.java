package vn.reviewledger.query.review;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.kernel.review.ReviewQueries.FindReviewAsOf;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.query.deadline.DeadlinePolicy;

/**
 * A review as it stood at an instant, folded from its own events in the event store (never from the
 * read model, which only knows the present), by the same moves as the live summary; the deadline
 * status is judged on that instant's day in Vietnam.
 */
@Component
class ReviewAsOf {

    /** The event store, not a storage engine: under the axonserver profile there is no local engine. */
    private final EventStore store;
    private final ReviewSummaryProjection moves;
    private final DeadlinePolicy deadlines;

    ReviewAsOf(EventStore store, ReviewSummaryProjection moves, DeadlinePolicy deadlines) {
        this.store = store;
        this.moves = moves;
        this.deadlines = deadlines;
    }

    /** The same shape as the live {@code FindReview} answer, field for field. */
    @QueryHandler
    Optional<ReviewView> handle(FindReviewAsOf query) {
        ReviewSummaryEntity row = null;
        // From sequence 0: readEvents(id) would start at a snapshot, which is the aggregate, not a view.
        DomainEventStream events = store.readEvents(query.reviewId(), 0);
        while (events.hasNext()) {
            DomainEventMessage<?> m = events.next();
            if (m.getTimestamp().isAfter(query.asOf())) {
                break;
            }
            Object payload = m.getPayload();
            if (payload instanceof ReviewOpened opened) {
                row = moves.opened(opened, m.getSequenceNumber(), m.getTimestamp());
            } else if (payload instanceof ReviewEvent e && row != null) {
                moves.advance(row, e, m.getSequenceNumber(), m.getTimestamp());
            }
        }
        if (row == null) {
            return Optional.empty();
        }
        DeadlinePolicy.Window window = deadlines.windowOn(LocalDate.ofInstant(query.asOf(), deadlines.zone()));
        return Optional.of(moves.view(row, window));
    }
}
