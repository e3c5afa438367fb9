package vn.reviewledger.query.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.query.BatchRows;
import vn.reviewledger.query.BulkModel;

/**
 * The review history rebuilt in bulk: one row per review event, made by the projection's own
 * {@link ReviewHistoryProjection#row}, each chunk inserted as one batch in key order.
 */
@Component
class ReviewHistoryRebuild implements BulkModel {

    private static final String[] COLUMNS = {"review_id", "sequence", "event_type", "occurred_at", "actor",
            "actor_role", "actor_unit", "request_id", "reason", "payload", "business_date", "event_hash"};
    private static final int[] TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
            Types.VARCHAR};
    private static final Comparator<ReviewEventEntity> KEY_ORDER = Comparator
            .comparing((ReviewEventEntity e) -> e.reviewId).thenComparingLong(e -> e.sequence);

    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    ReviewHistoryRebuild(ObjectMapper json, JdbcTemplate jdbc) {
        this.json = json;
        this.jdbc = jdbc;
    }

    @Override
    public Class<?> projection() {
        return ReviewHistoryProjection.class;
    }

    @Override
    public Pass pass() {
        return this::chunk;
    }

    private void chunk(List<? extends EventMessage<?>> events) {
        List<ReviewEventEntity> made = new ArrayList<>(events.size());
        for (EventMessage<?> m : events) {
            ReviewEvent e = BulkModel.reviewEvent(m);
            if (e != null) {
                try {
                    made.add(ReviewHistoryProjection.row(e, (DomainEventMessage<?>) m, json));
                } catch (JsonProcessingException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        made.sort(KEY_ORDER);
        List<Object[]> rows = new ArrayList<>(made.size());
        for (ReviewEventEntity e : made) {
            rows.add(new Object[] {e.reviewId, e.sequence, e.type, e.occurredAt, e.actor, e.role, e.unit, e.requestId,
                    e.reason, e.payload, e.businessDate, e.hash});
        }
        BatchRows.insert(jdbc, "review_event_log", COLUMNS, TYPES, rows);
    }
}
