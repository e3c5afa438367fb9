package vn.reviewledger.query.progress;

import java.util.ArrayList;
import java.util.List;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.progress.ProgressQueries.DashboardView;
import vn.reviewledger.kernel.progress.ProgressQueries.QuotaUse;

/**
 * A dashboard as the screen draws it: percentages and bar geometry computed here, so the template
 * only places them. Bars are SVG shapes and {@code <progress>}/{@code <meter>} elements, never inline
 * styles, which the content security policy forbids.
 */
record DashboardScreen(DashboardView unit, List<StageBar> stages, List<UnitRow> rows, List<RatingBar> ratings,
                       long ratedTotal, List<QuotaGauge> quota) {

    /** Width of the SVG bars, in user units; the SVG scales to the column. */
    static final double BAR = 100.0;

    record StageBar(Stage stage, long reached, long of, int percent) {
    }

    record Segment(Stage stage, double x, double width, long count) {
    }

    record UnitRow(DashboardView view, List<Segment> segments, int completedPercent, boolean self) {
    }

    record RatingBar(Rating rating, long count, double width, int percent) {
    }

    record QuotaGauge(QuotaUse use, long max, boolean over) {
    }

    static DashboardScreen of(DashboardView d) {
        List<StageBar> stages = new ArrayList<>();
        long reviewed = d.total() - d.byStage().getOrDefault(Stage.EXEMPTED, 0L);
        for (Stage s : Stage.PLANNED) {
            long reached = 0;
            for (var e : d.byStage().entrySet()) {
                if (e.getKey().atLeast(s)) {
                    reached += e.getValue();
                }
            }
            stages.add(new StageBar(s, reached, reviewed, percent(reached, reviewed)));
        }
        List<UnitRow> rows = new ArrayList<>();
        rows.add(row(d, true));
        d.children().forEach(c -> rows.add(row(c, false)));
        long rated = d.ratings().values().stream().mapToLong(Long::longValue).sum();
        long most = d.ratings().values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<RatingBar> ratings = new ArrayList<>();
        for (Rating r : Rating.values()) {
            long n = d.ratings().getOrDefault(r, 0L);
            ratings.add(new RatingBar(r, n, most == 0 ? 0 : BAR * n / most, percent(n, rated)));
        }
        List<QuotaGauge> quota = d.quota().stream()
                .map(q -> new QuotaGauge(q, Math.max(1, Math.max(q.limit(), q.excellent())), q.excellent() > q.limit()))
                .toList();
        return new DashboardScreen(d, stages, rows, ratings, rated, quota);
    }

    private static UnitRow row(DashboardView v, boolean self) {
        List<Segment> segments = new ArrayList<>();
        double x = 0;
        for (Stage s : Stage.values()) {
            long n = v.byStage().getOrDefault(s, 0L);
            if (n > 0 && v.total() > 0) {
                double w = BAR * n / v.total();
                segments.add(new Segment(s, x, w, n));
                x += w;
            }
        }
        return new UnitRow(v, segments, percent(v.completed(), v.total()), self);
    }

    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
