package vn.reviewbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import vn.reviewbench.flowable.FlowableSide;
import vn.reviewbench.measure.Driver;
import vn.reviewbench.measure.HttpReads;
import vn.reviewbench.measure.Latencies;
import vn.reviewbench.measure.Machine;
import vn.reviewbench.measure.Resources;
import vn.reviewbench.measure.SqlCounter;
import vn.reviewbench.ours.OursSide;
import vn.reviewbench.workload.Procedure;
import vn.reviewbench.workload.Province;
import vn.reviewbench.workload.Province.Subject;

/** One side's run (one child JVM): a round of the side-by-side, or the ours-only province run. */
public final class Sides {

    /** What one run asks for. */
    public record Spec(String side, int reviews, long seed, int workers, int units, int historyReads,
                       int historyWarmup, boolean flowableEqualDurability) {
    }

    private Sides() {
    }

    public static Map<String, Object> run(Spec spec) throws Exception {
        Machine.startSampling();
        Path dir = Files.createTempDirectory("bench-" + spec.side() + "-");
        return switch (spec.side()) {
            case "ours", "flowable" -> round(spec, dir);
            case "province" -> province(spec, dir);
            default -> throw new IllegalArgumentException("--side=" + spec.side());
        };
    }

    /** The side-by-side workload: the first reviews of the province, after a short warm-up on others. */
    private static Map<String, Object> round(Spec spec, Path dir) throws Exception {
        Province province = Province.generate(spec.seed(), Math.max(50_000, spec.reviews() * 2), spec.units());
        int warmup = Math.min(50, Math.max(5, spec.reviews() / 10));
        List<Subject> measured = province.subjects.subList(0, spec.reviews());
        List<Subject> warm = province.subjects.subList(spec.reviews(), spec.reviews() + warmup);
        Latencies latencies = new Latencies();
        Latencies extra = new Latencies();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("side", spec.side());
        boolean ours = spec.side().equals("ours");
        double seconds;
        Map<String, Object> verified;
        OursSide o = null;
        FlowableSide f = null;
        r.put("flowableWriteDelay", spec.flowableEqualDurability() ? "0" : "H2 default (500 ms)");
        try {
            Driver.Engine engine;
            if (ours) {
                o = new OursSide(dir);
                o.openCycle(province, "bench-" + spec.seed());
                // The cycle's opening projects its whole unit tree; the lag under load starts after it.
                o.awaitCaughtUp(1_800_000);
                engine = o::step;
                r.put("coldStartMs", o.coldStartMs);
            } else {
                f = new FlowableSide(dir, spec.flowableEqualDurability());
                engine = f::step;
                r.put("coldStartMs", f.coldStartMs);
                int[] timers = FlowableSide.timersPerTask();
                r.put("bpmnUserTasks", timers[0]);
                r.put("bpmnTimers", timers[1]);
                r.put("bpmnTasksWithOneTimer", timers[2]);
            }
            Driver.run(warm, spec.workers(), engine, new Latencies());
            if (ours) {
                o.awaitCaughtUp(1_800_000);
            }
            long eventsBefore = ours ? o.lastGlobalIndex() : 0;
            SqlCounter.Counts sql0 = SqlCounter.snapshot();
            Resources.Reading cpu0 = Resources.Reading.now();
            AtomicBoolean stop = new AtomicBoolean();
            Thread sampler = ours ? o.lagSampler(extra, stop) : null;
            seconds = Driver.run(measured, spec.workers(), engine, latencies);
            stop.set(true);
            if (sampler != null) {
                sampler.join();
                // Our projections finish this work asynchronously, Flowable writes its history inside
                // each command: the resources are counted until ours has caught up as well.
                o.awaitCaughtUp(1_800_000);
            }
            perReview(r, cpu0, sql0, measured.size());
            if (ours) {
                long[] events = o.eventsAfter(eventsBefore);
                r.put("reviewEventsPerReview", (double) events[0] / measured.size());
                r.put("eventsPerReview", (double) events[1] / measured.size());
            }
            // The collector's own view under load first: the full GC below would overwrite it.
            r.put("oldGenAfterLastGcMb", Resources.oldGenAfterLastCollectionMb());
            r.put("liveHeapAfterGcMb", Resources.liveHeapAfterFullGcMb());
            verified = ours ? o.verify(measured.size() + warm.size()) : f.verify(measured.size() + warm.size());

            // One review's full history, for reviews picked by the seed: in process, then over HTTP.
            List<Subject> picks = new ArrayList<>(measured);
            Collections.shuffle(picks, new Random(spec.seed()));
            HistoryRead inProcess = ours ? o::historyInProcess : f::historyInProcess;
            r.put("historyEntries", timeHistory(picks, inProcess, spec, extra, "history"));
            Function<Subject, String> overHttp;
            if (ours) {
                OursSide side = o;
                overHttp = s -> call(() -> side.historyOverHttp(s));
            } else {
                HttpReads client = new HttpReads(f.startHistoryEndpoint());
                overHttp = s -> call(() -> client.get("/reviews/" + s.id() + "/history"));
            }
            String[] last = new String[1];
            timeHistory(picks, s -> (last[0] = overHttp.apply(s)).length(), spec, extra, "historyHttp");
            r.put("historyHttpBytes", last[0].length());
            if (ours) {
                r.put("historyHttpEntries", OursSide.historyEntries(last[0]));
            }
        } finally {
            if (o != null) {
                o.close();
            }
            if (f != null) {
                f.close();
            }
        }
        int commands = measured.size() * Procedure.STEPS.size();
        r.put("reviews", measured.size());
        r.put("workers", spec.workers());
        r.put("seconds", seconds);
        r.put("reviewsPerSecond", measured.size() / seconds);
        r.put("commandsPerSecond", commands / seconds);
        r.put("stepP50Ms", latencies.percentileMs((String) null, 50));
        r.put("stepP99Ms", latencies.percentileMs((String) null, 99));
        Map<String, Object> steps = new LinkedHashMap<>();
        latencies.summary(Procedure.STEPS).forEach((k, v) -> steps.put(k, List.of(v[0], v[1])));
        r.put("steps", steps);
        r.put("historyP50Ms", extra.percentileMs("history", 50));
        r.put("historyP99Ms", extra.percentileMs("history", 99));
        r.put("historyHttpP50Ms", extra.percentileMs("historyHttp", 50));
        r.put("historyHttpP99Ms", extra.percentileMs("historyHttp", 99));
        if (ours) {
            r.put("lagP50Ms", extra.percentileMs("lag", 50));
            r.put("lagP99Ms", extra.percentileMs("lag", 99));
            r.put("lagSamples", extra.count("lag"));
        }
        r.put("peakHeapMb", Machine.peakHeapMb());
        r.put("peakRssMb", Machine.peakRssMb());
        r.put("verified", verified);
        return r;
    }

    /** Ours alone at province scale: every subject's review opened, then the read-side measures. */
    private static Map<String, Object> province(Spec spec, Path dir) throws Exception {
        Province province = Province.generate(spec.seed(), spec.reviews(), spec.units());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("side", "province");
        r.put("subjects", province.subjects.size());
        r.put("units", province.units.size());
        try (OursSide o = new OursSide(dir)) {
            r.put("coldStartMs", o.coldStartMs);
            o.openCycle(province, "province-" + spec.seed());
            o.awaitCaughtUp(1_800_000);
            // Opening every subject's review, as the import does: one OpenReview per row.
            Latencies opening = new Latencies();
            double seconds = runOpenings(province.subjects, spec.workers(), o, opening);
            r.put("openingsPerSecond", province.subjects.size() / seconds);
            r.put("openP50Ms", opening.percentileMs("open", 50));
            r.put("openP99Ms", opening.percentileMs("open", 99));
            long t0 = System.nanoTime();
            o.awaitCaughtUp(1_800_000);
            r.put("readModelsCaughtUpAfterOpeningS", (System.nanoTime() - t0) / 1e9);

            Latencies reads = new Latencies();
            Random random = new Random(spec.seed());
            int n = spec.historyReads();
            for (int i = 0; i < n + 20; i++) {
                String unit = i % 3 == 0 ? null : "dv-" + random.nextInt(Province.DISTRICTS);
                long s0 = System.nanoTime();
                o.dashboard(unit);
                if (i >= 20) {
                    reads.record("dashboard", System.nanoTime() - s0);
                }
            }
            for (int i = 0; i < n + 20; i++) {
                String q = "&unitId=dv-" + random.nextInt(Province.DISTRICTS) + "&stage=OPENED&page="
                        + random.nextInt(5) + "&size=50";
                long s0 = System.nanoTime();
                o.listTotal(q);
                if (i >= 20) {
                    reads.record("list", System.nanoTime() - s0);
                }
            }
            r.put("dashboardP50Ms", reads.percentileMs("dashboard", 50));
            r.put("dashboardP99Ms", reads.percentileMs("dashboard", 99));
            r.put("listP50Ms", reads.percentileMs("list", 50));
            r.put("listP99Ms", reads.percentileMs("list", 99));

            // One review's history at province scale, in process and over HTTP, same warm-up as the rounds.
            List<Subject> picks = new ArrayList<>(province.subjects);
            Collections.shuffle(picks, random);
            timeHistory(picks, o::historyInProcess, spec, reads, "history");
            timeHistory(picks, s -> call(() -> o.historyOverHttp(s)).length(), spec, reads, "historyHttp");
            for (String k : List.of("history", "historyHttp")) {
                r.put(k + "P50Ms", reads.percentileMs(k, 50));
                r.put(k + "P99Ms", reads.percentileMs(k, 99));
            }
            // The live set with every review open and the read side warm: a full GC, then the heap in use.
            r.put("liveHeapAfterGcMb", Resources.liveHeapAfterFullGcMb());

            Subject longOne = o.longReview(province, 500);
            double[] load = o.aggregateLoadMs(longOne, 20);
            r.put("loadWithSnapshotsMs", load[0]);
            r.put("loadWithoutSnapshotsMs", load[1]);

            r.put("events", o.eventCount());
            r.put("replayEventsPerSecond", o.replayEventsPerSecond());
            o.emptyReadModels();
            r.put("replayFromEmptyEventsPerSecond", o.replayEventsPerSecond());
            double[] ceiling = o.rebuildCeilingSeconds();
            r.put("rebuildCeilingEventsPerSecond", o.eventCount() / ceiling[0]);
            r.put("rebuildCeilingIndexesAfterEventsPerSecond", o.eventCount() / ceiling[1]);

            long total = o.listTotal("&size=1");
            long opened = o.listTotal("&stage=OPENED&size=1");
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("expected", province.subjects.size() + 1);
            v.put("reviewsInReadModel", total);
            v.put("openedInReadModel", opened);
            v.put("ok", total == province.subjects.size() + 1 && opened == total);
            r.put("verified", v);
        }
        r.put("peakHeapMb", Machine.peakHeapMb());
        r.put("peakRssMb", Machine.peakRssMb());
        return r;
    }

    /** Per measured review over the timed part: CPU, GC share, statements, commits, scheduler statements. */
    private static void perReview(Map<String, Object> r, Resources.Reading cpu0, SqlCounter.Counts sql0, int reviews) {
        Resources.Interval cpu = Resources.Reading.now().since(cpu0, reviews);
        SqlCounter.Counts sql = SqlCounter.snapshot().minus(sql0);
        r.put("cpuMsPerReview", cpu.cpuMsPerUnit());
        r.put("gcShare", cpu.gcShare());
        r.put("statementsPerReview", (double) sql.statements() / reviews);
        r.put("commitsPerReview", (double) sql.commits() / reviews);
        r.put("schedulerStatementsPerReview", (double) sql.schedulerStatements() / reviews);
    }

    /** One way of reading a review's full history; returns its size (entries or bytes). */
    private interface HistoryRead {
        int read(Subject s) throws Exception;
    }

    /**
     * Times {@code --reads} history reads after {@code --history-warmup} unmeasured ones (the reads go
     * round the picked reviews), so that both sides' read paths are compiled before they are timed.
     */
    private static int timeHistory(List<Subject> picks, HistoryRead read, Spec spec, Latencies into, String key)
            throws Exception {
        int size = 0;
        for (int i = 0; i < spec.historyWarmup() + spec.historyReads(); i++) {
            Subject s = picks.get(i % picks.size());
            long t0 = System.nanoTime();
            size = read.read(s);
            if (i >= spec.historyWarmup()) {
                into.record(key, System.nanoTime() - t0);
            }
        }
        return size;
    }

    private interface Io<T> {
        T get() throws Exception;
    }

    private static <T> T call(Io<T> io) {
        try {
            return io.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double runOpenings(List<Subject> subjects, int workers, OursSide o, Latencies latencies)
            throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<Exception> errors = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                int i;
                while (errors.isEmpty() && (i = next.getAndIncrement()) < subjects.size()) {
                    long s0 = System.nanoTime();
                    try {
                        o.step(subjects.get(i), 0, "open");
                    } catch (Exception e) {
                        errors.add(e);
                        return;
                    }
                    latencies.record("open", System.nanoTime() - s0);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
