package vn.reviewledger.kernel.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;

/** Progress of a cycle down its unit tree: dashboards and their live updates. */
public final class ProgressQueries {

    private ProgressQueries() {
    }

    /**
     * The dashboard of one unit (the cycle's root when {@code unitId} is null) and its children; with
     * {@code asOf}, as it stood at that instant (deadline statuses judged on that day).
     */
    public record FindDashboard(String cycleId, String unitId, Instant asOf) {

        public FindDashboard(String cycleId, String unitId) {
            this(cycleId, unitId, null);
        }
    }

    /**
     * Counts of one unit, its whole subtree included. Overdue and due-soon are judged at the moment of
     * asking ({@code today}), so they are right even when no event has arrived for days.
     *
     * @param children one entry per child unit, each with its own subtree counts and no children listed
     * @param childCount how many child units this unit has (also when {@code children} is not listed)
     */
    public record DashboardView(
            String cycleId,
            String unitId,
            String unitName,
            int level,
            long total,
            Map<Stage, Long> byStage,
            long overdue,
            long dueSoon,
            long completed,
            Map<Rating, Long> ratings,
            List<QuotaUse> quota,
            List<DashboardView> children,
            int childCount,
            LocalDate today) {
    }

    /**
     * Use of the Excellent quota in one group: {@code limit} = floor(share × good).
     */
    public record QuotaUse(String groupId, String name, BigDecimal share, long good, long excellent, long limit) {
    }

    /**
     * A subscription to the changes of one cycle: its initial answer is the root dashboard, its updates
     * are {@link CycleChange}s.
     */
    public record WatchCycle(String cycleId) {
    }

    /** A review of the cycle changed: enough for a screen to know which counts to fetch again. */
    public record CycleChange(String cycleId, String reviewId, String unitId, Stage stage, long version) {
    }
}
