package vn.reviewbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The harness end to end on a tiny workload, both sides in this JVM: every run verifies its end
 * state and the table comes out. No timing is asserted; the numbers of a test run mean nothing.
 */
class BenchSmokeTest {

    @Test
    @SuppressWarnings("unchecked")
    void bothSidesCompleteAndVerifyATinyWorkloadAndTheTableIsProduced() throws Exception {
        BenchMain.Mode mode = BenchMain.Mode.of("smoke", Map.of());
        List<Map<String, Object>> runs = new ArrayList<>();
        String table = BenchMain.runAll(mode, 11, spec -> {
            Map<String, Object> r = Sides.run(spec);
            runs.add(r);
            return r;
        });

        assertThat(runs).extracting(r -> r.get("side")).containsExactly("ours", "flowable", "province");
        for (Map<String, Object> r : runs) {
            assertThat(((Map<String, Object>) r.get("verified")).get("ok")).as("%s", r.get("verified")).isEqualTo(true);
        }
        // 3 measured reviews and the warm-up ones, each announced on both engines.
        assertThat(((Map<String, Object>) runs.get(0).get("verified")).get("announcedInEventStore")).isEqualTo(8L);
        assertThat(((Map<String, Object>) runs.get(1).get("verified")).get("endedAtAnnounced")).isEqualTo(8L);
        // The counting DataSource saw both engines' work, scheduler tables included.
        for (Map<String, Object> r : runs.subList(0, 2)) {
            assertThat(((Number) r.get("statementsPerReview")).doubleValue()).as("%s", r.get("side")).isPositive();
            assertThat(((Number) r.get("schedulerStatementsPerReview")).doubleValue()).as("%s", r.get("side"))
                    .isPositive();
        }
        assertThat(table)
                .contains("| Reviews completed per second |")
                .contains("| One review's full history, p50 (ms) |")
                .contains("| One review's full history over HTTP, p99 (ms) |")
                .contains("| Scheduler statements per review |")
                .contains("| Live heap after GC, province run (MB; -Xmx512m) |")
                .contains("| Every review reached its end state (both sides, every round) | yes | yes |")
                .contains("| Province run verified (every review in the read model) | yes |")
                .contains("Machine: ");
    }

    /** {@code --rounds=0}: the province run alone, and a table that says so instead of failing. */
    @Test
    void withNoRoundsOnlyTheProvinceRunsAndTheTableSaysSo() throws Exception {
        BenchMain.Mode mode = BenchMain.Mode.of("smoke", Map.of("rounds", "0"));
        List<Object> sides = new ArrayList<>();
        String table = BenchMain.runAll(mode, 11, spec -> {
            Map<String, Object> r = Sides.run(spec);
            sides.add(r.get("side"));
            return r;
        });

        assertThat(sides).containsExactly("province");
        assertThat(table)
                .contains("No side-by-side rounds in this run (`--rounds=0`)")
                .contains("| Province run verified (every review in the read model) | yes |")
                .doesNotContain("| Reviews completed per second |")
                .doesNotContain("Event-to-read-model lag");
    }
}
