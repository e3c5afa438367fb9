package vn.reviewbench.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies in nanoseconds, per named step; percentiles by nearest rank. */
public final class Latencies {

    private final Map<String, List<Long>> byStep = new ConcurrentHashMap<>();

    public void record(String step, long nanos) {
        List<Long> l = byStep.computeIfAbsent(step, k -> new ArrayList<>());
        synchronized (l) {
            l.add(nanos);
        }
    }

    public long count(String step) {
        List<Long> l = byStep.get(step);
        return l == null ? 0 : l.size();
    }

    /** Milliseconds at percentile p (0..100) of one step, or of every step when step is null. */
    public double percentileMs(String step, double p) {
        long[] all;
        if (step == null) {
            all = byStep.values().stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
        } else {
            List<Long> l = byStep.getOrDefault(step, List.of());
            synchronized (l) {
                all = l.stream().mapToLong(Long::longValue).toArray();
            }
        }
        return percentileMs(all, p);
    }

    public static double percentileMs(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** step -> {p50, p99} in ms, in the order of the given steps. */
    public Map<String, double[]> summary(List<String> steps) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String s : steps) {
            if (!m.containsKey(s) && count(s) > 0) {
                m.put(s, new double[] {percentileMs(s, 50), percentileMs(s, 99)});
            }
        }
        return m;
    }
}
