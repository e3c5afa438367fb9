package vn.reviewledger.query.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewQueries.FindCycleHistory;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryEntry;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryFilter;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryPage;
import vn.reviewledger.query.LiveAppends;
import vn.reviewledger.query.ReadModels;

/**
 * Every review's events with their audit metadata, for the cycle-wide history (a page of a cycle's
 * events in recorded order, which no single aggregate stream answers). One review's history is read
 * from the event store itself ({@link ReviewHistory}); both build an entry the same way.
 */
@Component
@ProcessingGroup(ReviewHistoryProjection.GROUP)
class ReviewHistoryProjection {

    static final String GROUP = ReadModels.REVIEW_VIEW;

    private final ReviewEventRepository repository;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    ReviewHistoryProjection(ReviewEventRepository repository, ObjectMapper json, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ReviewEvent event, DomainEventMessage<?> message) {
        LiveAppends<ReviewEventEntity> rows = LiveAppends.of(ReviewEventEntity.TABLE, jdbc);
        // A redelivered event's row is already there.
        if (!rows.has(event.reviewId(), message.getSequenceNumber())) {
            rows.add(row(event, message, json));
        }
    }

    /** The row of one event; also what a bulk rebuild writes ({@link ReviewHistoryRebuild}). */
    static ReviewEventEntity row(ReviewEvent event, DomainEventMessage<?> message, ObjectMapper json) {
        HistoryEntry h = ReviewHistory.entry(json, event, message);
        ReviewEventEntity e = new ReviewEventEntity();
        e.reviewId = h.reviewId();
        e.sequence = h.sequence();
        e.type = h.type();
        e.occurredAt = h.occurredAt();
        e.actor = h.actor();
        e.role = h.role();
        e.unit = h.unit();
        e.requestId = h.requestId();
        e.reason = h.reason();
        e.payload = h.payload();
        e.businessDate = h.businessDate();
        e.hash = h.hash();
        return e;
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    /**
     * A cycle's history: the events of every review opened in it, in the order they were recorded.
     * The reviews of the cycle come from the summary read model (a subquery, not a list in memory).
     */
    @QueryHandler
    HistoryPage handle(FindCycleHistory query) {
        Specification<ReviewEventEntity> spec = matching(query.filter()).and((root, q, cb) -> {
            Subquery<String> ids = q.subquery(String.class);
            Root<ReviewSummaryEntity> review = ids.from(ReviewSummaryEntity.class);
            ids.select(review.get("reviewId")).where(cb.equal(review.get("cycleId"), query.cycleId()));
            return root.get("reviewId").in(ids);
        });
        Page<ReviewEventEntity> page = repository.findAll(spec, PageRequest.of(query.page(), query.size(),
                Sort.by("occurredAt", "reviewId", "sequence")));
        return new HistoryPage(page.getContent().stream().map(ReviewHistoryProjection::entry).toList(), query.page(),
                query.size(), page.getTotalElements());
    }

    private static Specification<ReviewEventEntity> matching(HistoryFilter filter) {
        HistoryFilter f = filter == null ? HistoryFilter.NONE : filter;
        return (root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (f.actor() != null) {
                all.add(cb.equal(root.get("actor"), f.actor()));
            }
            if (f.type() != null) {
                all.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from()));
            }
            if (f.to() != null) {
                all.add(cb.lessThan(root.get("occurredAt"), f.to()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static HistoryEntry entry(ReviewEventEntity e) {
        return new HistoryEntry(e.reviewId, e.sequence, e.type, e.occurredAt, e.actor, e.role, e.unit, e.requestId,
                e.reason, e.businessDate, e.payload, e.hash);
    }
}
