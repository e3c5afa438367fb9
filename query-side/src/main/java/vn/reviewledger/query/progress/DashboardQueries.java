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
import org.axonframework.queryhandling.QueryHandler;
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
 * Dashboards: three small reads per request, whatever the number of reviews — the cycle's counter
 * rows, and two grouped range counts on {@code progress_review.next_due_date} for overdue and due
 * soon (judged against today, never stored) — then a roll-up over the cached unit tree.
 */
@Component
class DashboardQueries {

    private final UnitProgressRepository counters;
    private final ProgressReviewRepository reviews;
    private final QuotaGroupRepository groups;
    private final UnitDirectory units;
    private final DeadlinePolicy deadlines;
    private final ProgressHistory history;

    DashboardQueries(UnitProgressRepository counters, ProgressReviewRepository reviews, QuotaGroupRepository groups,
                     UnitDirectory units, DeadlinePolicy deadlines, ProgressHistory history) {
        this.counters = counters;
        this.reviews = reviews;
        this.groups = groups;
        this.units = units;
        this.deadlines = deadlines;
        this.history = history;
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
        return dashboard(cycleId, unitId, () -> live(cycleId));
    }

    private Inputs live(String cycleId) {
        DeadlinePolicy.Window window = deadlines.window();
        Map<String, Long> overdue = byUnit(reviews.countDueBetween(cycleId, LocalDate.of(1900, 1, 1),
                window.today().minusDays(1)));
        Map<String, Long> dueSoon = byUnit(reviews.countDueBetween(cycleId, window.today(), window.dueSoonUntil()));
        return new Inputs(counters.findByCycleId(cycleId), overdue, dueSoon,
                groups.findByCycleIdOrderByPosition(cycleId), window.today());
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
        Map<String, List<UnitProgressEntity>> rowsByUnit = new HashMap<>();
        in.rows().forEach(r -> rowsByUnit.computeIfAbsent(r.unitId, k -> new ArrayList<>()).add(r));
        Map<String, QuotaTotals> quotaTotals = quotaTotals(in.groups(), in.rows(), tree);

        Rollup rollup = new Rollup(tree, rowsByUnit, in.overdue(), in.dueSoon(), quotaTotals, in.today());
        List<DashboardView> children = tree.children(node.get().id()).stream()
                .map(child -> rollup.view(child, List.of())).toList();
        return Optional.of(rollup.view(node.get(), children));
    }

    private static Map<String, Long> byUnit(List<Object[]> counts) {
        Map<String, Long> m = new HashMap<>();
        counts.forEach(c -> m.put((String) c[0], ((Number) c[1]).longValue()));
        return m;
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
