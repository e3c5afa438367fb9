package vn.reviewledger.query.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Types;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.query.BatchRows;
import vn.reviewledger.query.BulkModel;

/**
 * The review history rebuilt in bulk: one row per review event, made by the projection's own
 * {@link ReviewHistoryProjection#row}, each chunk written over the previous model's as one batch in
 * key order; at the end, rows of no event (a row added by hand) are deleted.
 */
@Component
class ReviewHistoryRebuild implements BulkModel {

    private static final String[] KEY = {"review_id", "sequence"};
    private static final int[] KEY_TYPES = {Types.VARCHAR, Types.BIGINT};
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
        // The sequence numbers written, per review: a bit per event, so bounded well below the events' size.
        Map<String, BitSet> written = new HashMap<>();
        return new Pass() {
            @Override
            public void chunk(List<? extends EventMessage<?>> events) {
                write(events, written);
            }

            @Override
            public void finish() {
                BatchRows.deleteOthers(jdbc, "review_event_log", KEY, KEY_TYPES, k -> {
                    BitSet sequences = written.get((String) k[0]);
                    return sequences != null && sequences.get(Math.toIntExact((Long) k[1]));
                });
            }
        };
    }

    private void write(List<? extends EventMessage<?>> events, Map<String, BitSet> written) {
        List<ReviewEventEntity> made = new ArrayList<>(events.size());
        for (EventMessage<?> m : events) {
            ReviewEvent e = BulkModel.reviewEvent(m);
            if (e != null) {
                made.add(ReviewHistoryProjection.row(e, (DomainEventMessage<?>) m, json));
            }
        }
        made.sort(KEY_ORDER);
        for (ReviewEventEntity e : made) {
            written.computeIfAbsent(e.reviewId, k -> new BitSet()).set(Math.toIntExact(e.sequence));
        }
        BatchRows.upsert(jdbc, ReviewEventEntity.TABLE, made);
    }
}
