package vn.reviewledger.query.progress;

import jakarta.persistence.EntityManager;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.query.BatchRows;
import vn.reviewledger.query.BulkModel;

/**
 * Progress rebuilt in bulk: each review's row folded by the projection's own
 * {@link ProgressProjection#opened} and {@link ProgressProjection#advance}, new rows inserted as one
 * batch per chunk in key order. The unit counters are summed in memory over the whole pass and
 * inserted once at its end: they are few (units × groups × stages × ratings, not reviews), and
 * nothing else writes them while the processor is stopped for the rebuild.
 */
@Component
class ProgressRebuild implements BulkModel {

    private static final String[] REVIEW_COLUMNS = {"review_id", "cycle_id", "unit_id", "quota_group_id", "stage",
            "rating", "due_dates", "next_due_date", "version"};
    private static final int[] REVIEW_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BIGINT};
    private static final String[] COUNTER_COLUMNS = {"cycle_id", "unit_id", "quota_group_id", "stage", "rating",
            "reviews"};
    private static final int[] COUNTER_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT};
    private static final String[] GROUP_COLUMNS = {"cycle_id", "group_id", "name", "excellent_share", "position"};
    private static final int[] GROUP_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
            Types.INTEGER};

    private final ProgressProjection projection;
    private final ProgressVersion version;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ProgressRebuild(ProgressProjection projection, ProgressVersion version, EntityManager entityManager,
                    JdbcTemplate jdbc) {
        this.projection = projection;
        this.version = version;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Class<?> projection() {
        return ProgressProjection.class;
    }

    @Override
    public Pass pass() {
        // The cached dashboards drop out when the rebuild's transaction completes, as after a batch.
        version.changing();
        return new Pass() {
            final Map<UnitProgressEntity.Key, Long> counters = new TreeMap<>(CounterDeltas.ORDER);
            final Set<QuotaGroupEntity.Key> groups = new HashSet<>();

            @Override
            public void chunk(List<? extends EventMessage<?>> events) {
                write(events, counters, groups);
            }

            @Override
            public void finish() {
                List<Object[]> rows = new ArrayList<>(counters.size());
                counters.forEach((k, n) -> {
                    // A counter brought to zero has no row, as CounterDeltas leaves it.
                    if (n != 0) {
                        rows.add(new Object[] {k.cycleId(), k.unitId(), k.quotaGroupId(), k.stage(), k.rating(), n});
                    }
                });
                BatchRows.insert(jdbc, "unit_progress", COUNTER_COLUMNS, COUNTER_TYPES, rows);
            }
        };
    }

    private void write(List<? extends EventMessage<?>> events, Map<UnitProgressEntity.Key, Long> counters,
                       Set<QuotaGroupEntity.Key> groupsSeen) {
        ProgressProjection.Counts counts = (key, delta) -> counters.merge(key, delta, Long::sum);
        Map<String, ProgressReviewEntity> earlier = BulkModel.load(entityManager, ProgressReviewEntity.class,
                BulkModel.earlierReviews(events), r -> r.reviewId);
        Map<String, ProgressReviewEntity> fresh = new TreeMap<>();
        List<Object[]> groups = new ArrayList<>();
        for (EventMessage<?> m : events) {
            if (m.getPayload() instanceof CycleOpened opened) {
                for (QuotaGroupEntity g : ProgressProjection.groupsOf(opened)) {
                    if (groupsSeen.add(new QuotaGroupEntity.Key(g.cycleId, g.groupId))) {
                        groups.add(new Object[] {g.cycleId, g.groupId, g.name, g.excellentShare, g.position});
                    }
                }
                continue;
            }
            ReviewEvent e = BulkModel.reviewEvent(m);
            if (e == null) {
                continue;
            }
            long sequence = ((DomainEventMessage<?>) m).getSequenceNumber();
            if (e instanceof ReviewOpened opened) {
                if (!fresh.containsKey(opened.reviewId()) && !earlier.containsKey(opened.reviewId())) {
                    fresh.put(opened.reviewId(), projection.opened(opened, sequence, counts));
                }
                continue;
            }
            ProgressReviewEntity r = fresh.containsKey(e.reviewId()) ? fresh.get(e.reviewId()) : earlier.get(e.reviewId());
            if (r != null && sequence > r.version) {
                projection.advance(r, e, sequence, counts);
            }
        }
        BatchRows.insert(jdbc, "quota_group_view", GROUP_COLUMNS, GROUP_TYPES, groups);
        List<Object[]> rows = new ArrayList<>(fresh.size());
        for (ProgressReviewEntity r : fresh.values()) {
            rows.add(new Object[] {r.reviewId, r.cycleId, r.unitId, r.quotaGroupId, r.stage, r.rating, r.dueDates,
                    r.nextDueDate, r.version});
        }
        BatchRows.insert(jdbc, "progress_review", REVIEW_COLUMNS, REVIEW_TYPES, rows);
    }
}
