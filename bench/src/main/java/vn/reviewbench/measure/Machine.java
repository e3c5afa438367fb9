package vn.reviewbench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the process and the machine measure about themselves. */
public final class Machine {

    private Machine() {
    }

    private static volatile long maxHeapUsed;

    static {
        // The heap pools' own peaks cannot be summed (young and old peak at different moments, and
        // the sum can exceed -Xmx), so the whole heap's usage is sampled instead.
        Thread t = new Thread(() -> {
            while (true) {
                sampleHeap();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
    }

    private static void sampleHeap() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > maxHeapUsed) {
            maxHeapUsed = used;
        }
    }

    /** Starts the heap sampling (at class load); call early in a run. */
    public static void startSampling() {
        sampleHeap();
    }

    /**
     * Peak heap in use (live objects and garbage not yet collected) since the process started, in
     * MB, sampled every 20 ms; bounded by -Xmx.
     */
    public static double peakHeapMb() {
        sampleHeap();
        return maxHeapUsed / 1048576.0;
    }

    /** Peak resident set size (VmHWM) of this process, in MB; NaN off Linux. */
    public static double peakRssMb() {
        return procStatusKb("VmHWM:") / 1024.0;
    }

    private static double procStatusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Double.parseDouble(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no RSS figure
        }
        return Double.NaN;
    }

    public static String describe() {
        long memKb = 0;
        String cpu = "";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "%d cores%s, %.1f GB memory, Java %s (%s), %s %s".formatted(
                Runtime.getRuntime().availableProcessors(), cpu.isEmpty() ? "" : " (" + cpu + ")", memKb / 1048576.0,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.version"));
    }
}
