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
import vn.reviewbench.flowable.FlowableSide;
import vn.reviewbench.measure.Driver;
import vn.reviewbench.measure.Latencies;
import vn.reviewbench.measure.Machine;
import vn.reviewbench.ours.OursSide;
import vn.reviewbench.workload.Procedure;
import vn.reviewbench.workload.Province;
import vn.reviewbench.workload.Province.Subject;

/** One side's run (one child JVM): a round of the side-by-side, or the ours-only province run. */
public final class Sides {

    /** What one run asks for. */
    public record Spec(String side, int reviews, long seed, int workers, int units, int historyReads) {
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
                f = new FlowableSide(dir);
                engine = f::step;
                r.put("coldStartMs", f.coldStartMs);
            }
            Driver.run(warm, spec.workers(), engine, new Latencies());
            if (ours) {
                o.awaitCaughtUp(1_800_000);
            }
            AtomicBoolean stop = new AtomicBoolean();
            Thread sampler = ours ? o.lagSampler(extra, stop) : null;
            seconds = Driver.run(measured, spec.workers(), engine, latencies);
            stop.set(true);
            if (sampler != null) {
                sampler.join();
            }
            verified = ours ? o.verify(measured.size() + warm.size()) : f.verify(measured.size() + warm.size());
            // One review's full history, for reviews picked by the seed; the first reads warm up.
            Random random = new Random(spec.seed());
            List<Subject> picks = new ArrayList<>(measured);
            Collections.shuffle(picks, random);
            int entries = 0;
            int warmReads = spec.historyReads() >= 20 ? 10 : 0;
            for (int i = 0; i < Math.min(picks.size(), spec.historyReads() + warmReads); i++) {
                long t0 = System.nanoTime();
                entries = ours ? o.readHistory(picks.get(i)) : f.readHistory(picks.get(i));
                if (i >= warmReads) {
                    extra.record("history", System.nanoTime() - t0);
                }
            }
            r.put("historyEntries", entries);
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

            Subject longOne = o.longReview(province, 500);
            double[] load = o.aggregateLoadMs(longOne, 20);
            r.put("loadWithSnapshotsMs", load[0]);
            r.put("loadWithoutSnapshotsMs", load[1]);

            r.put("events", o.eventCount());
            r.put("replayEventsPerSecond", o.replayEventsPerSecond());

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
