package vn.reviewledger.query.progress;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.query.BatchRows;
import vn.reviewledger.query.BulkModel;

/**
 * Progress rebuilt in bulk: each review's row folded by the projection's own
 * {@link ProgressProjection#opened} and {@link ProgressProjection#advance}, new rows written over the
 * previous model's as one batch per chunk in key order. The unit counters are summed in memory over
 * the whole pass and written once at its end: they are few (units × groups × stages × ratings, not
 * reviews), and nothing else writes them while the processor is stopped for the rebuild. At the end,
 * whatever the pass did not write (rows of reviews never opened, counters at zero, groups of no
 * cycle) is deleted, as the reset would have left it.
 */
@Component
class ProgressRebuild implements BulkModel {

    private static final String[] REVIEW_KEY = {"review_id"};
    private static final int[] REVIEW_KEY_TYPES = {Types.VARCHAR};
    private static final String[] COUNTER_KEY = {"cycle_id", "unit_id", "quota_group_id", "stage", "rating"};
    private static final int[] COUNTER_KEY_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR};
    private static final String[] GROUP_KEY = {"cycle_id", "group_id"};
    private static final int[] GROUP_KEY_TYPES = {Types.VARCHAR, Types.VARCHAR};
    private static final String[] COUNTER_COLUMNS = {"cycle_id", "unit_id", "quota_group_id", "stage", "rating",
            "reviews"};
    private static final int[] COUNTER_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT};
    private static final String[] GROUP_COLUMNS = {"cycle_id", "group_id", "name", "excellent_share", "position"};
    private static final int[] GROUP_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
            Types.INTEGER};

    private final ProgressProjection projection;
    private final ProgressVersion version;
    private final JdbcTemplate jdbc;

    ProgressRebuild(ProgressProjection projection, ProgressVersion version, JdbcTemplate jdbc) {
        this.projection = projection;
        this.version = version;
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
            // The reviews opened so far: bounded by the reviews, not the events.
            final Set<String> opened = new HashSet<>();

            @Override
            public void chunk(List<? extends EventMessage<?>> events) {
                write(events, counters, groups, opened);
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
                BatchRows.upsert(jdbc, "unit_progress", COUNTER_COLUMNS, COUNTER_TYPES, 5, rows);
                BatchRows.deleteOthers(jdbc, "unit_progress", COUNTER_KEY, COUNTER_KEY_TYPES, k -> {
                    Long n = counters.get(new UnitProgressEntity.Key((String) k[0], (String) k[1], (String) k[2],
                            (String) k[3], (String) k[4]));
                    return n != null && n != 0;
                });
                BatchRows.deleteOthers(jdbc, "quota_group_view", GROUP_KEY, GROUP_KEY_TYPES,
                        k -> groups.contains(new QuotaGroupEntity.Key((String) k[0], (String) k[1])));
                BatchRows.deleteOthers(jdbc, "progress_review", REVIEW_KEY, REVIEW_KEY_TYPES,
                        k -> opened.contains((String) k[0]));
            }
        };
    }

    private void write(List<? extends EventMessage<?>> events, Map<UnitProgressEntity.Key, Long> counters,
                       Set<QuotaGroupEntity.Key> groupsSeen, Set<String> opened) {
        ProgressProjection.Counts counts = (key, delta) -> counters.merge(key, delta, Long::sum);
        List<Object[]> groups = new ArrayList<>();
        for (EventMessage<?> m : events) {
            if (m.getPayload() instanceof CycleOpened cycle) {
                for (QuotaGroupEntity g : ProgressProjection.groupsOf(cycle)) {
                    if (groupsSeen.add(new QuotaGroupEntity.Key(g.cycleId, g.groupId))) {
                        groups.add(new Object[] {g.cycleId, g.groupId, g.name, g.excellentShare, g.position});
                    }
                }
            }
        }
        BulkModel.Folded<ProgressReviewEntity> folded = BulkModel.fold(events, opened, jdbc,
                ProgressReviewEntity.TABLE, r -> r.version,
                (o, sequence, m) -> projection.opened(o, sequence, counts),
                (r, e, sequence, m) -> projection.advance(r, e, sequence, counts));
        BatchRows.upsert(jdbc, "quota_group_view", GROUP_COLUMNS, GROUP_TYPES, 2, groups);
        folded.write(jdbc, ProgressReviewEntity.TABLE);
    }
}
