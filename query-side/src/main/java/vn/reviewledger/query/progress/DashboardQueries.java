package vn.reviewledger.query.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.progress.ProgressQueries.DashboardView;
import vn.reviewledger.kernel.progress.ProgressQueries.FindDashboard;
import vn.reviewledger.kernel.progress.ProgressQueries.QuotaUse;
import vn.reviewledger.kernel.progress.ProgressQueries.WatchCycle;
import vn.reviewledger.query.cycle.UnitDirectory;
import vn.reviewledger.query.cycle.UnitTree;
import vn.reviewledger.query.deadline.DeadlinePolicy;

/**
 * Dashboards: four small reads per cycle, whatever the number of reviews — the cycle's counter rows,
 * its quota groups, and two grouped range counts on {@code progress_review.next_due_date} for overdue
 * and due soon (judged against today, never stored) — then a roll-up over the cached unit tree.
 *
 * <p>Live answers are cached per cycle (PERFORMANCE.md §3.2, step 6d): the reads are plain JDBC rows,
 * not managed entities, and each node's answer is computed once per state of the model. An entry
 * serves only while (1) the {@link ProgressVersion} it was built under is current: the progress
 * processor moves it when a transaction of it completes in this process, so an answer never lags
 * what this process committed; (2) the deadline window (today, due-soon limit) is the same; and
 * (3) it is younger than {@link #MAX_AGE_NANOS} (250 ms): the floor for changes committed by the
 * progress processor of another node, which this process does not see commit. As-of answers are
 * folds of the store and are not cached.
 */
@Component
class DashboardQueries {

    /** How long a live answer may serve when no local commit invalidated it: changes made on another node. */
    static final long MAX_AGE_NANOS = 250_000_000L;

    private final JdbcTemplate jdbc;
    private final UnitDirectory units;
    private final DeadlinePolicy deadlines;
    private final ProgressHistory history;
    private final ProgressVersion version;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    DashboardQueries(JdbcTemplate jdbc, UnitDirectory units, DeadlinePolicy deadlines, ProgressHistory history,
                     ProgressVersion version) {
        this.jdbc = jdbc;
        this.units = units;
        this.deadlines = deadlines;
        this.history = history;
        this.version = version;
    }

    /** One cycle's live state, rolled up lazily node by node. */
    private record Cached(long version, long builtAt, DeadlinePolicy.Window window, UnitTree tree, Rollup rollup,
                          Map<String, DashboardView> views) {

        boolean serves(long current, DeadlinePolicy.Window now, UnitTree currentTree) {
            return version == current && window.equals(now) && tree == currentTree
                    && System.nanoTime() - builtAt < MAX_AGE_NANOS;
        }
    }

    /** What a dashboard is computed from: counter rows, overdue and due-soon per unit, the groups, the day. */
    record Inputs(List<UnitProgressEntity> rows, Map<String, Long> overdue, Map<String, Long> dueSoon,
                  List<QuotaGroupEntity> groups, LocalDate today) {
    }

    @QueryHandler
    Optional<DashboardView> handle(FindDashboard query) {
        if (query.asOf() != null) {
            return dashboard(query.cycleId(), query.unitId(), () -> history.at(query.cycleId(), query.asOf()));
        }
        return dashboard(query.cycleId(), query.unitId());
    }

    /** The initial answer of a live subscription: the cycle's root dashboard. */
    @QueryHandler
    DashboardView handle(WatchCycle query) {
        return dashboard(query.cycleId(), null).orElse(null);
    }

    Optional<DashboardView> dashboard(String cycleId, String unitId) {
        Optional<UnitTree> found = units.tree(cycleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnitTree tree = found.get();
        Optional<UnitTree.Node> node = unitId == null ? tree.root() : tree.node(unitId);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        DeadlinePolicy.Window window = deadlines.window();
        long current = version.current();
        Cached cached = cache.get(cycleId);
        if (cached == null || !cached.serves(current, window, tree)) {
            // The version is read before the rows: a commit in between leaves this entry stale-marked.
            cached = new Cached(current, System.nanoTime(), window, tree,
                    rollup(tree, live(cycleId, window)), new ConcurrentHashMap<>());
            cache.put(cycleId, cached);
        }
        Rollup rollup = cached.rollup();
        return Optional.of(cached.views().computeIfAbsent(node.get().id(), id -> view(rollup, tree, node.get())));
    }

    private Inputs live(String cycleId, DeadlinePolicy.Window window) {
        Map<String, Long> overdue = countDueBetween(cycleId, LocalDate.of(1900, 1, 1), window.today().minusDays(1));
        Map<String, Long> dueSoon = countDueBetween(cycleId, window.today(), window.dueSoonUntil());
        List<UnitProgressEntity> rows = jdbc.query("""
                select unit_id, quota_group_id, stage, rating, reviews from unit_progress where cycle_id = ?""",
                (rs, n) -> {
                    UnitProgressEntity r = new UnitProgressEntity();
                    r.cycleId = cycleId;
                    r.unitId = rs.getString(1);
                    r.quotaGroupId = rs.getString(2);
                    r.stage = rs.getString(3);
                    r.rating = rs.getString(4);
                    r.reviews = rs.getLong(5);
                    return r;
                }, cycleId);
        List<QuotaGroupEntity> groups = jdbc.query("""
                select group_id, name, excellent_share, position from quota_group_view where cycle_id = ?
                 order by position""", (rs, n) -> {
                    QuotaGroupEntity g = new QuotaGroupEntity();
                    g.cycleId = cycleId;
                    g.groupId = rs.getString(1);
                    g.name = rs.getString(2);
                    g.excellentShare = rs.getBigDecimal(3);
                    g.position = rs.getInt(4);
                    return g;
                }, cycleId);
        return new Inputs(rows, overdue, dueSoon, groups, window.today());
    }

    /** Open reviews per unit whose next step is due in [from, to]; index (cycle_id, next_due_date, unit_id). */
    private Map<String, Long> countDueBetween(String cycleId, LocalDate from, LocalDate to) {
        Map<String, Long> m = new HashMap<>();
        jdbc.query("""
                select unit_id, count(*) from progress_review where cycle_id = ? and next_due_date between ? and ?
                 group by unit_id""", rs -> {
            m.put(rs.getString(1), rs.getLong(2));
        }, cycleId, from, to);
        return m;
    }

    private Optional<DashboardView> dashboard(String cycleId, String unitId, java.util.function.Supplier<Inputs> source) {
        Optional<UnitTree> found = units.tree(cycleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UnitTree tree = found.get();
        Optional<UnitTree.Node> node = unitId == null ? tree.root() : tree.node(unitId);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Inputs in = source.get();
        if (in == null) {
            return Optional.empty();
        }
        return Optional.of(view(rollup(tree, in), tree, node.get()));
    }

    private static Rollup rollup(UnitTree tree, Inputs in) {
        Map<String, List<UnitProgressEntity>> rowsByUnit = new HashMap<>();
        in.rows().forEach(r -> rowsByUnit.computeIfAbsent(r.unitId, k -> new ArrayList<>()).add(r));
        Map<String, QuotaTotals> quotaTotals = quotaTotals(in.groups(), in.rows(), tree);
        return new Rollup(tree, rowsByUnit, in.overdue(), in.dueSoon(), quotaTotals, in.today());
    }

    private static DashboardView view(Rollup rollup, UnitTree tree, UnitTree.Node node) {
        List<DashboardView> children = tree.children(node.id()).stream()
                .map(child -> rollup.view(child, List.of())).toList();
        return rollup.view(node, children);
    }

    /**
     * Every group of the cycle with its Good and Excellent counts over the whole cycle: a quota is
     * group-wide. The groups the cycle defined come first, in their order; then the groups only the
     * reviews name, among them a unit's default group ({@code unit:<id>}, where an individual opened
     * without a group is counted), named after its unit, at the default share.
     */
    private static Map<String, QuotaTotals> quotaTotals(List<QuotaGroupEntity> groups, List<UnitProgressEntity> rows,
                                                        UnitTree tree) {
        Map<String, QuotaTotals> totals = new LinkedHashMap<>();
        for (QuotaGroupEntity g : groups) {
            totals.put(g.groupId, new QuotaTotals(g.groupId, g.name, g.excellentShare));
        }
        for (UnitProgressEntity r : rows) {
            if (r.quotaGroupId.isEmpty()) {
                continue;
            }
            QuotaTotals t = totals.computeIfAbsent(r.quotaGroupId,
                    id -> new QuotaTotals(id, groupName(id, tree), ProgressProjection.DEFAULT_SHARE));
            if (Rating.GOOD.name().equals(r.rating)) {
                t.good += r.reviews;
            } else if (Rating.EXCELLENT.name().equals(r.rating)) {
                t.excellent += r.reviews;
            }
        }
        return totals;
    }

    /** A default group is named after its unit; any other group the cycle does not define, by its id. */
    static String groupName(String groupId, UnitTree tree) {
        String unitId = QuotaGroup.unitOfDefault(groupId);
        if (unitId != null) {
            return tree.node(unitId).map(UnitTree.Node::name).orElse(unitId);
        }
        return groupId;
    }

    private static final class QuotaTotals {
        final String groupId;
        final String name;
        final BigDecimal share;
        long good;
        long excellent;

        QuotaTotals(String groupId, String name, BigDecimal share) {
            this.groupId = groupId;
            this.name = name;
            this.share = share;
        }

        QuotaUse use() {
            long limit = share.multiply(BigDecimal.valueOf(good)).setScale(0, RoundingMode.FLOOR).longValue();
            return new QuotaUse(groupId, name, share, good, excellent, limit);
        }
    }

    /** Sums a unit's own counters over its subtree. */
    private record Rollup(UnitTree tree, Map<String, List<UnitProgressEntity>> rowsByUnit, Map<String, Long> overdue,
                          Map<String, Long> dueSoon, Map<String, QuotaTotals> quotaTotals, LocalDate today) {

        DashboardView view(UnitTree.Node node, List<DashboardView> children) {
            Set<String> subtree = tree.subtree(node.id());
            Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
            Map<Rating, Long> ratings = new EnumMap<>(Rating.class);
            for (Stage s : Stage.values()) {
                byStage.put(s, 0L);
            }
            for (Rating r : Rating.values()) {
                ratings.put(r, 0L);
            }
            long total = 0;
            long late = 0;
            long soon = 0;
            Set<String> groupsSeen = new LinkedHashSet<>();
            for (String unit : subtree) {
                for (UnitProgressEntity row : rowsByUnit.getOrDefault(unit, List.of())) {
                    total += row.reviews;
                    byStage.merge(Stage.valueOf(row.stage), row.reviews, Long::sum);
                    if (!row.rating.isEmpty()) {
                        ratings.merge(Rating.valueOf(row.rating), row.reviews, Long::sum);
                    }
                    if (!row.quotaGroupId.isEmpty()) {
                        groupsSeen.add(row.quotaGroupId);
                    }
                }
                late += overdue.getOrDefault(unit, 0L);
                soon += dueSoon.getOrDefault(unit, 0L);
            }
            long completed = byStage.get(Stage.ANNOUNCED) + byStage.get(Stage.CLOSED);
            // The root shows every group of the cycle; a unit below it, the groups its reviews belong to.
            boolean root = tree.root().map(r -> r.id().equals(node.id())).orElse(false);
            List<QuotaUse> quota = quotaTotals.values().stream()
                    .filter(t -> root || groupsSeen.contains(t.groupId))
                    .map(QuotaTotals::use).toList();
            return new DashboardView(tree.cycleId(), node.id(), node.name(), node.level(), total, byStage, late, soon,
                    completed, ratings, quota, children, tree.children(node.id()).size(), today);
        }
    }
}
