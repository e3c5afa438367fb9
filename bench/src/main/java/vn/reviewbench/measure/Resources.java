package vn.reviewbench.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * What one side's JVM spends over an interval: process CPU time (all threads, GC and JIT included,
 * which wall-clock throughput on a shared 2-core machine hides), time in GC, and the live heap.
 */
public final class Resources {

    private Resources() {
    }

    /** A reading at one instant; {@link #since} makes an interval of two. */
    public record Reading(long wallNanos, long cpuNanos, long gcMillis) {
        public static Reading now() {
            long gc = 0;
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                gc += Math.max(0, b.getCollectionTime());
            }
            return new Reading(System.nanoTime(), processCpuNanos(), gc);
        }

        /** CPU ms per unit of work and the share of the wall time spent in GC (pauses and concurrent phases). */
        public Interval since(Reading start, long units) {
            double wallMs = (wallNanos - start.wallNanos) / 1e6;
            return new Interval((cpuNanos - start.cpuNanos) / 1e6 / units, (gcMillis - start.gcMillis) / wallMs);
        }
    }

    public record Interval(double cpuMsPerUnit, double gcShare) {
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * The live heap: a full GC ({@code System.gc()}, G1 collects the whole heap), then the heap in use,
     * in MB. Called after the timed part, so the collection costs the measure nothing.
     */
    public static double liveHeapAfterFullGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /**
     * The old generation after its last collection (G1 updates it on mixed and full collections only,
     * so a short round without one reads 0), in MB: the live set the collector itself saw under load.
     */
    public static double oldGenAfterLastCollectionMb() {
        long max = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getName().contains("Old") && p.getCollectionUsage() != null) {
                max = Math.max(max, p.getCollectionUsage().getUsed());
            }
        }
        return max / 1048576.0;
    }
}
