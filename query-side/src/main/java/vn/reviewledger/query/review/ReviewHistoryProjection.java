package vn.reviewledger.query.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewQueries.FindReviewHistory;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryEntry;

/** Each review's events with their audit metadata, oldest first, for the history endpoint. */
@Component
@ProcessingGroup(ReviewHistoryProjection.GROUP)
class ReviewHistoryProjection {

    static final String GROUP = "review-history";

    private final ReviewEventRepository repository;
    private final ObjectMapper json;

    ReviewHistoryProjection(ReviewEventRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @EventHandler
    void on(ReviewEvent event, DomainEventMessage<?> message) throws JsonProcessingException {
        ReviewEventEntity.Key key = new ReviewEventEntity.Key(event.reviewId(), message.getSequenceNumber());
        if (repository.existsById(key)) {
            return;
        }
        ReviewEventEntity e = new ReviewEventEntity();
        e.reviewId = event.reviewId();
        e.sequence = message.getSequenceNumber();
        e.type = event.getClass().getSimpleName();
        e.occurredAt = message.getTimestamp();
        e.actor = meta(message, AuditKeys.ACTOR_ID);
        e.role = meta(message, AuditKeys.ACTOR_ROLE);
        e.unit = meta(message, AuditKeys.ACTOR_UNIT);
        e.requestId = meta(message, AuditKeys.REQUEST_ID);
        e.reason = meta(message, AuditKeys.REASON);
        e.payload = json.writeValueAsString(event);
        repository.save(e);
    }

    private static String meta(DomainEventMessage<?> message, String key) {
        Object v = message.getMetaData().get(key);
        return v == null ? null : v.toString();
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    @QueryHandler
    List<HistoryEntry> handle(FindReviewHistory query) {
        return repository.findByReviewIdOrderBySequence(query.reviewId()).stream()
                .map(e -> new HistoryEntry(e.sequence, e.type, e.occurredAt, e.actor, e.role, e.unit, e.requestId,
                        e.reason, e.payload, null))
                .toList();
    }
}
