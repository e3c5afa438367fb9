package vn.reviewbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's one entry point (see bench/README.md).
 *
 * <pre>
 * java -jar bench/target/bench.jar --mode=quick|full        the parent: alternates child runs, writes the table
 * java -jar bench/target/bench.jar --side=ours|flowable|province --reviews=N --seed=S --out=F   one child run
 * </pre>
 */
public final class BenchMain {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Sizes of one mode. */
    public record Mode(String name, int rounds, int reviews, int workers, int units, int provinceSubjects,
                       int provinceUnits, int reads, int historyWarmup, String heap, boolean jfr,
                       boolean flowableEqualDurability) {
        static Mode of(String name, Map<String, String> a) {
            Mode m = switch (name) {
                case "quick" -> new Mode("quick", 1, 60, 4, 2000, 1000, 200, 50, 1000, "512m", false, true);
                case "full" -> new Mode("full", 5, 1200, 4, 2000, 50_000, 2000, 300, 1000, "512m", false, true);
                case "smoke" -> new Mode("smoke", 1, 3, 2, 50, 20, 10, 3, 5, "512m", false, true);
                default -> throw new IllegalArgumentException("--mode must be quick or full, not " + name);
            };
            return new Mode(m.name, intArg(a, "rounds", m.rounds), intArg(a, "reviews", m.reviews),
                    intArg(a, "workers", m.workers), m.units, intArg(a, "province", m.provinceSubjects),
                    intArg(a, "province-units", m.provinceUnits), intArg(a, "reads", m.reads),
                    intArg(a, "history-warmup", m.historyWarmup), a.getOrDefault("heap", m.heap),
                    Boolean.parseBoolean(a.getOrDefault("jfr", "false")), equalDurability(a));
        }

        Sides.Spec spec(String side, int reviews, long seed, int units) {
            return new Sides.Spec(side, reviews, seed, workers, units, reads, historyWarmup, flowableEqualDurability);
        }
    }

    /** --flowable-write-delay=default reproduces the old run: Flowable's H2 without WRITE_DELAY=0. */
    static boolean equalDurability(Map<String, String> a) {
        String v = a.getOrDefault("flowable-write-delay", "0");
        if (!v.equals("0") && !v.equals("default")) {
            throw new IllegalArgumentException("--flowable-write-delay must be 0 (as ours) or default, not " + v);
        }
        return v.equals("0");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = parse(args);
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        if (a.containsKey("side")) {
            Sides.Spec spec = new Sides.Spec(a.get("side"), intArg(a, "reviews", 100),
                    Long.parseLong(a.getOrDefault("seed", "7")), intArg(a, "workers", 4), intArg(a, "units", 2000),
                    intArg(a, "reads", 100), intArg(a, "history-warmup", 1000), equalDurability(a));
            try {
                Map<String, Object> result = Sides.run(spec);
                JSON.writeValue(new File(a.get("out")), result);
            } catch (Exception | Error e) {
                e.printStackTrace();
                // A failed run must end its JVM, whatever non-daemon threads the engine left.
                System.exit(1);
            }
            // Axon's and Flowable's non-daemon threads are closed, but be sure the child ends.
            System.exit(0);
        }
        Mode mode = Mode.of(a.getOrDefault("mode", "quick"), a);
        long seed = Long.parseLong(a.getOrDefault("seed", "7"));
        Path results = Path.of(a.getOrDefault("results",
                Files.isDirectory(Path.of("bench")) ? (mode.name().equals("full") ? "bench/RESULTS.md"
                        : "bench/target/RESULTS-" + mode.name() + ".md") : "RESULTS-" + mode.name() + ".md"));
        String table = runAll(mode, seed, new ChildJvm(mode.heap(), mode.jfr()));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, table);
        System.out.println(table);
        System.out.println("Written to " + results);
        System.exit(0);
    }

    /** Runs one side somewhere (a child JVM, or this JVM in the smoke test) and returns its result. */
    public interface Runner {
        Map<String, Object> run(Sides.Spec spec) throws Exception;
    }

    /** Alternating rounds ours/flowable/ours/..., then the province run; returns the markdown. */
    public static String runAll(Mode mode, long seed, Runner runner) throws Exception {
        List<Map<String, Object>> ours = new ArrayList<>();
        List<Map<String, Object>> flowable = new ArrayList<>();
        long started = System.nanoTime();
        for (int round = 0; round < mode.rounds(); round++) {
            for (String side : round % 2 == 0 ? List.of("ours", "flowable") : List.of("flowable", "ours")) {
                log("round %d/%d: %s, %d reviews", round + 1, mode.rounds(), side, mode.reviews());
                Map<String, Object> r = runner.run(mode.spec(side, mode.reviews(), seed + round, mode.units()));
                log("  %s: %.1f reviews/s, verified %s", side, ((Number) r.get("reviewsPerSecond")).doubleValue(),
                        r.get("verified"));
                System.out.println(Report.roundLine(round + 1, r));
                (side.equals("ours") ? ours : flowable).add(r);
            }
        }
        log("province run (ours only): %d subjects, %d units", mode.provinceSubjects(), mode.provinceUnits());
        Map<String, Object> province = runner.run(mode.spec("province", mode.provinceSubjects(), seed,
                mode.provinceUnits()));
        log("  province: verified %s", province.get("verified"));
        double minutes = (System.nanoTime() - started) / 60e9;
        return Report.markdown(mode, seed, ours, flowable, province, minutes);
    }

    static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }

    /** Each side in its own JVM from the same jar, so heap and RSS belong to one side. */
    static final class ChildJvm implements Runner {
        private final String heap;
        private final boolean jfr;
        private int runs;

        ChildJvm(String heap, boolean jfr) {
            this.heap = heap;
            this.jfr = jfr;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> run(Sides.Spec spec) throws Exception {
            Path out = Files.createTempFile("bench-" + spec.side(), ".json");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("java.class.path");
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseG1GC",
                    "-Dfile.encoding=UTF-8"));
            if (jfr) {
                // A CPU/allocation profile per child, for the notes on what limits a missed target.
                Path dir = Path.of(Files.isDirectory(Path.of("bench")) ? "bench/target" : "target");
                Files.createDirectories(dir);
                cmd.add("-XX:StartFlightRecording=settings=profile,filename="
                        + dir.resolve("%s-%d.jfr".formatted(spec.side(), ++runs)).toAbsolutePath());
            }
            if (cp.endsWith(".jar") && !cp.contains(File.pathSeparator)) {
                cmd.addAll(List.of("-jar", cp));
            } else {
                cmd.addAll(List.of("-cp", cp, BenchMain.class.getName()));
            }
            cmd.addAll(List.of("--side=" + spec.side(), "--reviews=" + spec.reviews(), "--seed=" + spec.seed(),
                    "--workers=" + spec.workers(), "--units=" + spec.units(), "--reads=" + spec.historyReads(),
                    "--history-warmup=" + spec.historyWarmup(),
                    "--flowable-write-delay=" + (spec.flowableEqualDurability() ? "0" : "default"), "--out=" + out));
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(spec.side() + " run failed with exit code " + code);
            }
            Map<String, Object> r = JSON.readValue(out.toFile(), Map.class);
            Files.deleteIfExists(out);
            return r;
        }
    }

    static int intArg(Map<String, String> a, String key, int fallback) {
        return a.containsKey(key) ? Integer.parseInt(a.get(key).replace("_", "")) : fallback;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            m.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return m;
    }
}
