package vn.reviewbench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.reviewbench.measure.Machine;
import vn.reviewbench.workload.Procedure;

/** The markdown table of one run: medians over the rounds of each side, ratios, targets, met or missed. */
final class Report {

    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(BenchMain.Mode mode, long seed, List<Map<String, Object>> ours,
                           List<Map<String, Object>> flowable, Map<String, Object> province, double minutes) {
        StringBuilder b = new StringBuilder();
        b.append("| Metric | Ours | Flowable 7.1.0 | Ours/Flowable | Target | Met |\n");
        b.append("|---|---:|---:|---:|---|---|\n");
        double oRps = median(ours, "reviewsPerSecond");
        double fRps = median(flowable, "reviewsPerSecond");
        row(b, "Reviews completed per second", oRps, fRps, oRps / fRps, "ours/Flowable ≥ 3", oRps / fRps >= 3);
        double oCps = median(ours, "commandsPerSecond");
        double fCps = median(flowable, "commandsPerSecond");
        row(b, "Commands per second", oCps, fCps, oCps / fCps, "", null);
        row(b, "Step latency p50 (ms, all steps)", median(ours, "stepP50Ms"), median(flowable, "stepP50Ms"),
                median(ours, "stepP50Ms") / median(flowable, "stepP50Ms"), "", null);
        row(b, "Step latency p99 (ms, all steps)", median(ours, "stepP99Ms"), median(flowable, "stepP99Ms"),
                median(ours, "stepP99Ms") / median(flowable, "stepP99Ms"), "", null);
        double oh50 = median(ours, "historyP50Ms");
        double fh50 = median(flowable, "historyP50Ms");
        double oh99 = median(ours, "historyP99Ms");
        double fh99 = median(flowable, "historyP99Ms");
        row(b, "One review's full history, p50 (ms)", oh50, fh50, oh50 / fh50, "ours/Flowable ≤ 0.1 (10× faster)",
                oh50 / fh50 <= 0.1);
        row(b, "One review's full history, p99 (ms)", oh99, fh99, oh99 / fh99, "", null);
        double oHeap = median(ours, "peakHeapMb");
        double fHeap = median(flowable, "peakHeapMb");
        row(b, "Peak heap, side-by-side round (MB)", oHeap, fHeap, oHeap / fHeap, "", null);
        row(b, "Peak RSS, side-by-side round (MB)", median(ours, "peakRssMb"), median(flowable, "peakRssMb"),
                median(ours, "peakRssMb") / median(flowable, "peakRssMb"), "", null);
        row(b, "Cold start (ms; app context vs engine + deployment)", median(ours, "coldStartMs"),
                median(flowable, "coldStartMs"), median(ours, "coldStartMs") / median(flowable, "coldStartMs"),
                "", null);
        boolean allVerified = ours.stream().allMatch(Report::ok) && flowable.stream().allMatch(Report::ok);
        b.append("| Every review reached its end state (both sides, every round) | ")
                .append(ours.stream().allMatch(Report::ok) ? "yes" : "**no**").append(" | ")
                .append(flowable.stream().allMatch(Report::ok) ? "yes" : "**no**").append(" | | all | ")
                .append(allVerified ? "met" : "**missed**").append(" |\n");

        b.append("\nPer step, p50 / p99 (ms), medians over the rounds:\n\n");
        b.append("| Step | Ours p50 | Ours p99 | Flowable p50 | Flowable p99 |\n|---|---:|---:|---:|---:|\n");
        for (String step : new java.util.LinkedHashSet<>(Procedure.STEPS)) {
            b.append("| ").append(step).append(" | ")
                    .append(f(stepMedian(ours, step, 0))).append(" | ").append(f(stepMedian(ours, step, 1))).append(" | ")
                    .append(f(stepMedian(flowable, step, 0))).append(" | ").append(f(stepMedian(flowable, step, 1)))
                    .append(" |\n");
        }

        b.append("\nOurs alone:\n\n| Metric | Ours | Target | Met |\n|---|---:|---|---|\n");
        double lag99 = median(ours, "lagP99Ms");
        row2(b, "Event-to-read-model lag p50 under load (ms)", median(ours, "lagP50Ms"), "", null);
        row2(b, "Event-to-read-model lag p99 under load (ms)", lag99, "≤ 250", lag99 <= 250);
        int subjects = ((Number) province.get("subjects")).intValue();
        String at = "at %,d reviews".formatted(subjects);
        double d99 = num(province, "dashboardP99Ms");
        double l99 = num(province, "listP99Ms");
        double replay = num(province, "replayEventsPerSecond");
        double heap = num(province, "peakHeapMb");
        row2(b, "Dashboard p50 " + at + " (ms)", num(province, "dashboardP50Ms"), "", null);
        row2(b, "Dashboard p99 " + at + " (ms)", d99, "≤ 20", d99 <= 20);
        row2(b, "Filtered list p50 " + at + " (ms)", num(province, "listP50Ms"), "", null);
        row2(b, "Filtered list p99 " + at + " (ms)", l99, "≤ 50", l99 <= 50);
        row2(b, "Projection rebuild, full replay of %,d events (events/s)".formatted(
                ((Number) province.get("events")).longValue()), replay, "≥ 20,000", replay >= 20_000);
        row2(b, "Aggregate load, review with 500 events, with snapshots (ms)", num(province, "loadWithSnapshotsMs"),
                "", null);
        row2(b, "Aggregate load, review with 500 events, without snapshots (ms)",
                num(province, "loadWithoutSnapshotsMs"), "", null);
        row2(b, "Cold start, empty database (ms)", median(ours, "coldStartMs"), "", null);
        row2(b, "Openings per second, province run", num(province, "openingsPerSecond"), "", null);
        row2(b, "Peak heap, province run " + at + " (MB; -Xmx" + mode.heap() + ")", heap, "≤ 512", heap <= 512);
        row2(b, "Peak RSS, province run (MB)", num(province, "peakRssMb"), "", null);
        b.append("| Province run verified (every review in the read model) | ")
                .append(ok(province) ? "yes" : "**no**").append(" | all | ")
                .append(ok(province) ? "met" : "**missed**").append(" |\n");

        Map<String, Object> o0 = ours.get(0);
        b.append("\nMachine: ").append(Machine.describe()).append(".  \n");
        b.append("Run: `--mode=%s`, seed %d, %s UTC, %.1f minutes in all. Side by side: %d alternating round(s) per side "
                .formatted(mode.name(), seed, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                        .toLocalDateTime(), minutes, ours.size()))
                .append("of %,d reviews (%,d commands) each, %d workers, on a %,d-unit tree, each side in its own JVM (-Xmx%s); "
                        .formatted(((Number) o0.get("reviews")).intValue(),
                                ((Number) o0.get("reviews")).intValue() * Procedure.STEPS.size(),
                                ((Number) o0.get("workers")).intValue(), mode.units(), mode.heap()))
                .append("province run: %,d subjects on %,d units, reviews opened, then the read side measured.\n"
                        .formatted(subjects, ((Number) province.get("units")).intValue()));
        b.append("\nVerification, last round: ours ").append(ours.get(ours.size() - 1).get("verified"))
                .append("; Flowable ").append(flowable.get(flowable.size() - 1).get("verified"))
                .append("; province ").append(province.get("verified")).append(".\n");
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static boolean ok(Map<String, Object> r) {
        return Boolean.TRUE.equals(((Map<String, Object>) r.get("verified")).get("ok"));
    }

    private static void row(StringBuilder b, String name, double ours, double flowable, double ratio, String target,
                            Boolean met) {
        b.append("| ").append(name).append(" | ").append(f(ours)).append(" | ").append(f(flowable)).append(" | ")
                .append(f(ratio)).append(" | ").append(target).append(" | ").append(met(met)).append(" |\n");
    }

    private static void row2(StringBuilder b, String name, double ours, String target, Boolean met) {
        b.append("| ").append(name).append(" | ").append(f(ours)).append(" | ").append(target).append(" | ")
                .append(met(met)).append(" |\n");
    }

    private static String met(Boolean met) {
        return met == null ? "" : met ? "met" : "**missed**";
    }

    static String f(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static double num(Map<String, Object> r, String key) {
        Object v = r.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static double median(List<Map<String, Object>> rounds, String key) {
        return median(rounds.stream().mapToDouble(r -> num(r, key)).toArray());
    }

    @SuppressWarnings("unchecked")
    private static double stepMedian(List<Map<String, Object>> rounds, String step, int which) {
        List<Double> l = new ArrayList<>();
        for (Map<String, Object> r : rounds) {
            Object v = ((Map<String, Object>) r.get("steps")).get(step);
            if (v instanceof List<?> p) {
                l.add(((Number) p.get(which)).doubleValue());
            }
        }
        return median(l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
