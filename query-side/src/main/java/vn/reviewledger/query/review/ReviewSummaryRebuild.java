package vn.reviewledger.query.review;

import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.query.BatchRows;
import vn.reviewledger.query.BulkModel;

/**
 * The review summary rebuilt in bulk: each chunk's events folded by the projection's own
 * {@link ReviewSummaryProjection#opened} and {@link ReviewSummaryProjection#advance}, the new rows
 * written over the previous model's as one batch in key order, rows of earlier chunks read back and
 * changed in place; at the end, rows of reviews the store never opened are deleted.
 */
@Component
class ReviewSummaryRebuild implements BulkModel {

    private static final String[] KEY = {"review_id"};
    private static final int[] KEY_TYPES = {Types.VARCHAR};
    private final ReviewSummaryProjection projection;
    private final JdbcTemplate jdbc;

    ReviewSummaryRebuild(ReviewSummaryProjection projection, JdbcTemplate jdbc) {
        this.projection = projection;
        this.jdbc = jdbc;
    }

    @Override
    public Class<?> projection() {
        return ReviewSummaryProjection.class;
    }

    @Override
    public Pass pass() {
        // The reviews opened so far: bounded by the reviews, not the events.
        Set<String> opened = new HashSet<>();
        return new Pass() {
            @Override
            public void chunk(List<? extends EventMessage<?>> events) {
                write(events, opened);
            }

            @Override
            public void finish() {
                BatchRows.deleteOthers(jdbc, "review_summary", KEY, KEY_TYPES,
                        key -> opened.contains((String) key[0]));
            }
        };
    }

    private void write(List<? extends EventMessage<?>> events, Set<String> opened) {
        BulkModel.fold(events, opened, jdbc, ReviewSummaryEntity.TABLE, r -> r.version,
                (o, sequence, m) -> projection.opened(o, sequence, m.getTimestamp()),
                (r, e, sequence, m) -> projection.advance(r, e, sequence, m.getTimestamp()))
                .write(jdbc, ReviewSummaryEntity.TABLE);
    }
}
