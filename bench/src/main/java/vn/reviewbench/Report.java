package vn.reviewbench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.reviewbench.measure.Machine;
import vn.reviewbench.workload.Procedure;

/**
 * The markdown of one run: medians over the rounds of each side with the spread, ratios, targets, met
 * or missed, which way each remaining difference leans, every round's figures, and notes written
 * from this run's own results (never pasted text that a later run would contradict).
 */
final class Report {

    /** The notes the "Leans" column points to; see {@link #notes}. */
    private static final String N_LEVEL = "n1";
    private static final String N_RULES = "n2";
    private static final String N_ASYNC = "n3";
    private static final String N_COMMANDS = "n4";
    private static final String N_LOCALITY = "n5";
    private static final String N_HISTORY = "n6";
    private static final String N_DURABILITY = "n7";
    private static final String N_DEADLINES = "n8";
    private static final String N_HEAP = "n9";

    private Report() {
    }

    static String markdown(BenchMain.Mode mode, long seed, List<Map<String, Object>> ours,
                           List<Map<String, Object>> flowable, Map<String, Object> province, double minutes) {
        StringBuilder b = new StringBuilder();
        b.append("| Metric | Ours | Flowable 7.1.0 | Ours/Flowable | Target | Met | Leans |\n");
        b.append("|---|---:|---:|---:|---|---|---|\n");
        double oRps = median(ours, "reviewsPerSecond");
        double fRps = median(flowable, "reviewsPerSecond");
        String throughputLeans = leans("Flowable", N_LEVEL, N_RULES, deadlineNote(ours)) + "; "
                + leans("ours", N_ASYNC, N_COMMANDS, N_LOCALITY);
        row(b, "Reviews completed per second", oRps, fRps, "ours/Flowable ≥ 3", oRps / fRps >= 3, throughputLeans);
        row(b, "Reviews completed per second, min of rounds", min(ours, "reviewsPerSecond"),
                min(flowable, "reviewsPerSecond"), "", null, "");
        row(b, "Reviews completed per second, max of rounds", max(ours, "reviewsPerSecond"),
                max(flowable, "reviewsPerSecond"), "", null, "");
        row(b, "Commands per second", median(ours, "commandsPerSecond"), median(flowable, "commandsPerSecond"), "",
                null, "as above");
        row(b, "Step latency p50 (ms, all steps)", median(ours, "stepP50Ms"), median(flowable, "stepP50Ms"), "", null,
                "as above");
        row(b, "Step latency p99 (ms, all steps)", median(ours, "stepP99Ms"), median(flowable, "stepP99Ms"), "", null,
                "as above");
        double oh50 = median(ours, "historyP50Ms");
        double fh50 = median(flowable, "historyP50Ms");
        row(b, "One review's full history, p50 (ms)", oh50, fh50, "in process: ours/Flowable ≤ 0.2",
                oh50 / fh50 <= 0.2, "in process on both sides; " + leans("Flowable", N_LEVEL, N_HISTORY));
        row(b, "One review's full history, p99 (ms)", median(ours, "historyP99Ms"), median(flowable, "historyP99Ms"),
                "", null, "in process, as above");
        double oHttp99 = median(ours, "historyHttpP99Ms");
        row(b, "One review's full history over HTTP, p50 (ms)", median(ours, "historyHttpP50Ms"),
                median(flowable, "historyHttpP50Ms"), "", null, leans("Flowable", N_LEVEL, N_HISTORY));
        row(b, "One review's full history over HTTP, p99 (ms)", oHttp99, median(flowable, "historyHttpP99Ms"),
                "ours ≤ 10", oHttp99 <= 10, leans("Flowable", N_LEVEL, N_HISTORY));
        row(b, "CPU per review (ms, whole process)", median(ours, "cpuMsPerReview"), median(flowable, "cpuMsPerReview"),
                "", null, leans("Flowable", N_LEVEL, N_RULES, deadlineNote(ours)) + "; ours' catch-up included ("
                        + N_ASYNC + ")");
        row(b, "GC time share of the round (%)", 100 * median(ours, "gcShare"), 100 * median(flowable, "gcShare"), "",
                null, "");
        row(b, "Statements per review", median(ours, "statementsPerReview"),
                median(flowable, "statementsPerReview"), "", null, leans("Flowable", N_LEVEL, N_RULES,
                        deadlineNote(ours)));
        row(b, "Commits per review", median(ours, "commitsPerReview"), median(flowable, "commitsPerReview"), "", null,
                "ours' projections batch their commits (" + N_ASYNC + ")");
        row(b, "Scheduler statements per review", median(ours, "schedulerStatementsPerReview"),
                median(flowable, "schedulerStatementsPerReview"), "ours ~28 (~84 with three deadlines a stage)", null,
                leans("Flowable", deadlineNote(ours)));
        b.append("| Events per review (ours: on the review / in all, the cycle's included) | ")
                .append(f(median(ours, "reviewEventsPerReview"))).append(" / ")
                .append(f(median(ours, "eventsPerReview")))
                .append(" | – | | 11 / 12 (18 / 19 with StageDeadlinesScheduled) | | ")
                .append(N_LEVEL).append(" |\n");
        row(b, "Live heap after GC, side-by-side round (MB)", median(ours, "liveHeapAfterGcMb"),
                median(flowable, "liveHeapAfterGcMb"), "", null, N_HEAP);
        row(b, "Peak heap, side-by-side round (MB)", median(ours, "peakHeapMb"), median(flowable, "peakHeapMb"), "",
                null, "garbage included (" + N_HEAP + ")");
        row(b, "Peak RSS, side-by-side round (MB)", median(ours, "peakRssMb"), median(flowable, "peakRssMb"), "", null,
                "");
        row(b, "Cold start (ms; app context vs engine + deployment)", median(ours, "coldStartMs"),
                median(flowable, "coldStartMs"), "", null, "ours starts a whole web application");
        boolean allVerified = ours.stream().allMatch(Report::ok) && flowable.stream().allMatch(Report::ok);
        b.append("| Every review reached its end state (both sides, every round) | ")
                .append(ours.stream().allMatch(Report::ok) ? "yes" : "**no**").append(" | ")
                .append(flowable.stream().allMatch(Report::ok) ? "yes" : "**no**").append(" | | all | ")
                .append(allVerified ? "met" : "**missed**").append(" | |\n");

        b.append("\nPer step, p50 / p99 (ms), medians over the rounds:\n\n");
        b.append("| Step | Ours p50 | Ours p99 | Flowable p50 | Flowable p99 |\n|---|---:|---:|---:|---:|\n");
        for (String step : new LinkedHashSet<>(Procedure.STEPS)) {
            b.append("| ").append(step).append(" | ")
                    .append(f(stepMedian(ours, step, 0))).append(" | ").append(f(stepMedian(ours, step, 1))).append(" | ")
                    .append(f(stepMedian(flowable, step, 0))).append(" | ").append(f(stepMedian(flowable, step, 1)))
                    .append(" |\n");
        }

        b.append("\nEvery round (in the order run):\n\n| Round | Side | Reviews/s | CPU ms/review | GC % | Statements"
                + "/review | Commits/review | Scheduler statements/review | Live heap after GC (MB) | History p50 in "
                + "process / HTTP (ms) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (int i = 0; i < Math.max(ours.size(), flowable.size()); i++) {
            for (List<Map<String, Object>> side : i % 2 == 0 ? List.of(ours, flowable) : List.of(flowable, ours)) {
                if (i < side.size()) {
                    Map<String, Object> r = side.get(i);
                    b.append("| ").append(i + 1).append(" | ").append(r.get("side")).append(" | ")
                            .append(f(num(r, "reviewsPerSecond"))).append(" | ").append(f(num(r, "cpuMsPerReview")))
                            .append(" | ").append(f(100 * num(r, "gcShare"))).append(" | ")
                            .append(f(num(r, "statementsPerReview"))).append(" | ")
                            .append(f(num(r, "commitsPerReview"))).append(" | ")
                            .append(f(num(r, "schedulerStatementsPerReview"))).append(" | ")
                            .append(f(num(r, "liveHeapAfterGcMb"))).append(" | ")
                            .append(f(num(r, "historyP50Ms"))).append(" / ").append(f(num(r, "historyHttpP50Ms")))
                            .append(" |\n");
                }
            }
        }

        b.append("\nOurs alone:\n\n| Metric | Ours | Target | Met |\n|---|---:|---|---|\n");
        double lag99 = median(ours, "lagP99Ms");
        row2(b, "Event-to-read-model lag p50 under load (ms)", median(ours, "lagP50Ms"), "", null);
        row2(b, "Event-to-read-model lag p99 under load (ms)", lag99, "≤ 250", lag99 <= 250);
        int subjects = ((Number) province.get("subjects")).intValue();
        String at = "at %,d reviews".formatted(subjects);
        double d99 = num(province, "dashboardP99Ms");
        double l99 = num(province, "listP99Ms");
        double h99 = num(province, "historyHttpP99Ms");
        double replay = num(province, "replayEventsPerSecond");
        double heap = num(province, "peakHeapMb");
        double live = num(province, "liveHeapAfterGcMb");
        row2(b, "Dashboard p50 " + at + " (ms)", num(province, "dashboardP50Ms"), "", null);
        row2(b, "Dashboard p99 " + at + " (ms)", d99, "≤ 20", d99 <= 20);
        row2(b, "Filtered list p50 " + at + " (ms)", num(province, "listP50Ms"), "", null);
        row2(b, "Filtered list p99 " + at + " (ms)", l99, "≤ 50", l99 <= 50);
        row2(b, "One review's history in process, p99 " + at + " (ms)", num(province, "historyP99Ms"), "", null);
        row2(b, "One review's history over HTTP, p50 " + at + " (ms)", num(province, "historyHttpP50Ms"), "", null);
        row2(b, "One review's history over HTTP, p99 " + at + " (ms)", h99, "≤ 10", h99 <= 10);
        row2(b, "Projection rebuild, full replay of %,d events (events/s)".formatted(
                ((Number) province.get("events")).longValue()), replay, "≥ 20,000", replay >= 20_000);
        row2(b, "Aggregate load, review with 500 events, with snapshots (ms)", num(province, "loadWithSnapshotsMs"),
                "", null);
        row2(b, "Aggregate load, review with 500 events, without snapshots (ms)",
                num(province, "loadWithoutSnapshotsMs"), "", null);
        row2(b, "Cold start, empty database (ms)", median(ours, "coldStartMs"), "", null);
        row2(b, "Openings per second, province run", num(province, "openingsPerSecond"), "", null);
        row2(b, "Live heap after GC, province run (MB; -Xmx" + mode.heap() + ")", live, "≤ 256", live <= 256);
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
                .append("history: %,d warm-up reads per transport, then %,d measured; "
                        .formatted(mode.historyWarmup(), mode.reads()))
                .append("province run: %,d subjects on %,d units, reviews opened, then the read side measured.\n"
                        .formatted(subjects, ((Number) province.get("units")).intValue()));
        notes(b, ours, flowable);
        b.append("\nVerification, last round: ours ").append(ours.get(ours.size() - 1).get("verified"))
                .append("; Flowable ").append(flowable.get(flowable.size() - 1).get("verified"))
                .append("; province ").append(province.get("verified")).append(".\n");
        return b.toString();
    }

    /** One round's figures, printed as the round ends. */
    static String roundLine(int round, Map<String, Object> r) {
        return String.format(Locale.ROOT, "round %d %-8s %s reviews/s, CPU %s ms/review, GC %s%%, live heap after GC "
                        + "%s MB, per review: %s statements, %s commits, %s scheduler statements%s; history p50 %s ms "
                        + "in process, %s ms over HTTP", round, r.get("side"), f(num(r, "reviewsPerSecond")),
                f(num(r, "cpuMsPerReview")), f(100 * num(r, "gcShare")), f(num(r, "liveHeapAfterGcMb")),
                f(num(r, "statementsPerReview")), f(num(r, "commitsPerReview")),
                f(num(r, "schedulerStatementsPerReview")),
                r.containsKey("eventsPerReview") ? ", %s events (%s on the review)".formatted(
                        f(num(r, "eventsPerReview")), f(num(r, "reviewEventsPerReview"))) : "",
                f(num(r, "historyP50Ms")), f(num(r, "historyHttpP50Ms")));
    }

    /**
     * Whether ours still schedules a deadline per notice (three a stage, before the product's deadline
     * change): read from the run's scheduler statements, so the note follows the code measured.
     */
    private static String deadlineNote(List<Map<String, Object>> ours) {
        return median(ours, "schedulerStatementsPerReview") > 50 ? N_DEADLINES : "";
    }

    private static String leans(String side, String... notes) {
        String list = String.join(", ", Arrays.stream(notes).filter(n -> !n.isEmpty()).toList());
        return "favours " + side + " (" + list + ")";
    }

    /** Notes from this run: what is equal, what still differs and which way it leans. */
    private static void notes(StringBuilder b, List<Map<String, Object>> ours, List<Map<String, Object>> flowable) {
        Map<String, Object> f0 = flowable.get(0);
        boolean equalDurability = "0".equals(f0.get("flowableWriteDelay"));
        double oSched = median(ours, "schedulerStatementsPerReview");
        double fSched = median(flowable, "schedulerStatementsPerReview");
        double events = median(ours, "eventsPerReview");
        b.append("\n**Equal on both sides:** a child JVM each with the same heap and collector; H2 2.3 file databases ")
                .append(equalDurability ? "with `WRITE_DELAY=0` on both (each commit written before it returns)"
                        : "— **not** equal this run: Flowable on H2's default write delay (`--flowable-write-delay=default`)")
                .append("; the same subjects, data and due dates; the same closed-loop driver and warm-up; "
                        + "the history read by the same HTTP client (Basic authentication, the whole body read inside "
                        + "the timed interval, JSON parsed on neither side) after the same warm-up; statements and "
                        + "commits counted by the same JDBC proxy; CPU, GC and heap measured the same way in each child.\n");
        b.append("\n**What still differs, and which way it leans:**\n\n");
        b.append("- ").append(N_LEVEL).append((" History kept: Flowable at `audit` (instance, activities, tasks, latest "
                + "variable values); ours keeps every event with actor, role, unit, request id, reason and hash "
                + "(%s events per review measured, the cycle's `DecisionRecorded` included), closer to Flowable's "
                + "`full`. Favours Flowable (less written, less read back).\n").formatted(f(events)));
        b.append("- ").append(N_RULES).append(" Business rules: ours checks scope on every command and the "
                + "Excellent quota and order rules under a cycle-wide lock; Flowable's model enforces nothing (a real "
                + "deployment would need the quota check in a listener with a lock). Favours Flowable.\n");
        b.append("- ").append(N_ASYNC).append(" Ours writes its read models asynchronously (projections), Flowable its "
                + "history inside the command's transaction. Reviews/s and step latency stop at the last command, "
                + "before ours has caught up: favours ours. CPU, statements and commits per review are counted until "
                + "ours has caught up: equal. Fewer commits on our side partly come from projection batches.\n");
        b.append("- ").append(N_COMMANDS).append(" Commands: ours in process through Axon's `CommandGateway`, Flowable "
                + "through `TaskService` (a task query and a completion: two transactions a step). A real client of "
                + "ours goes through HTTP and the `Idempotency-Key` filter (two more commits a command), not "
                + "measured here. Favours ours.\n");
        b.append("- ").append(N_LOCALITY).append(" Each worker runs one review's steps back to back: caches of the "
                + "aggregate or its pages hit almost every time. Favours ours (Flowable keeps no entity cache across "
                + "transactions).\n");
        b.append("- ").append(N_HISTORY).append(" History read. In process: ours sends the endpoint's "
                + "`FindReviewHistory` (no filter) through the query bus and gets records; Flowable runs four "
                + "`HistoryService` queries and gets entities; neither checks access. Over HTTP: ours pays Spring "
                + "Security's password check, MVC, the scope check and the auditor read-log INSERT and commit; "
                + "Flowable's thin endpoint (JDK `HttpServer`) compares the header and serialises four lists of "
                + "records with Jackson. Favours Flowable.\n");
        b.append("- ").append(N_DURABILITY).append(" Durability: ").append(equalDurability
                ? "equal (`WRITE_DELAY=0` on both).\n"
                : "Flowable's commits are written by H2's background writer, about every 0.5 s; ours before each "
                        + "commit returns. Favours Flowable.\n");
        b.append("- ").append(N_DEADLINES).append(" Deadlines: Flowable's BPMN has %s user tasks, %s timer boundary "
                .formatted(f0.get("bpmnUserTasks"), f0.get("bpmnTimers"))
                + "events, %s tasks with exactly one timer (one pending timer per review; the opinions' multi-instance "
                .formatted(f0.get("bpmnTasksWithOneTimer"))
                + "activity carries one), no timer left at the end (verified). This run: %s scheduler statements per "
                .formatted(f(fSched))
                + "review on Flowable's timer job tables, %s on db-scheduler's `scheduled_tasks` on ours (~28 expected "
                .formatted(f(oSched))
                + "with one pending deadline per review, ~84 with three per stage). "
                + (oSched > 50 ? "Ours still schedules three deadlines a stage: favours Flowable.\n"
                        : "One pending deadline on each side: equal.\n"));
        b.append("- ").append(N_HEAP).append(" Live heap after GC: `System.gc()` (a full collection on G1) after the "
                + "timed part, then the heap in use; the old generation after its last collection under load reads "
                + "%s MB ours, %s MB Flowable (0 when no mixed or full collection ran). Peak heap is the sampled "
                .formatted(f(median(ours, "oldGenAfterLastGcMb")), f(median(flowable, "oldGenAfterLastGcMb")))
                + "heap in use, garbage included, and approaches -Xmx under any allocation rate.\n");
        b.append("- Counting: a statement is one JDBC execution (a batch counts its entries); a commit is "
                + "`Connection.commit()` or a writing statement in auto-commit mode. Background polling (db-scheduler, "
                + "Flowable's async executor) during the round is included on both sides.\n");
    }

    @SuppressWarnings("unchecked")
    private static boolean ok(Map<String, Object> r) {
        return Boolean.TRUE.equals(((Map<String, Object>) r.get("verified")).get("ok"));
    }

    private static void row(StringBuilder b, String name, double ours, double flowable, String target, Boolean met,
                            String leans) {
        b.append("| ").append(name).append(" | ").append(f(ours)).append(" | ").append(f(flowable)).append(" | ")
                .append(f(ours / flowable)).append(" | ").append(target).append(" | ").append(met(met)).append(" | ")
                .append(leans).append(" |\n");
    }

    private static void row2(StringBuilder b, String name, double ours, String target, Boolean met) {
        b.append("| ").append(name).append(" | ").append(f(ours)).append(" | ").append(target).append(" | ")
                .append(met(met)).append(" |\n");
    }

    private static String met(Boolean met) {
        return met == null ? "" : met ? "met" : "**missed**";
    }

    static String f(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
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
        return median(values(rounds, key));
    }

    private static double min(List<Map<String, Object>> rounds, String key) {
        return Arrays.stream(values(rounds, key)).min().orElse(Double.NaN);
    }

    private static double max(List<Map<String, Object>> rounds, String key) {
        return Arrays.stream(values(rounds, key)).max().orElse(Double.NaN);
    }

    private static double[] values(List<Map<String, Object>> rounds, String key) {
        return rounds.stream().mapToDouble(r -> num(r, key)).toArray();
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
