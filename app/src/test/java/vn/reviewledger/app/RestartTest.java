package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;
import vn.reviewledger.support.ServiceProcess;

/**
 * State lives in the event store, not in the process: the application is stopped and started again
 * on the same database (an H2 file here, PostgreSQL in the subclass), and the review continues where
 * it stood.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    /** Where both runs keep their state: an H2 file database here; PostgresRestartTest uses PostgreSQL. */
    protected List<String> storeArguments(Path dataDir) {
        return List.of("--reviewledger.data-dir=" + dataDir.toAbsolutePath());
    }

    private ConfigurableApplicationContext start(boolean demo) {
        // Deadline notices of this 2023 cycle would fire at once and move the versions counted here;
        // DeadlineRestartTest covers deadlines across a restart.
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--reviewledger.demo.enabled=" + demo,
                "--reviewledger.deadlines.enabled=" + demo,
                "--logging.level.root=WARN"));
        args.addAll(storeArguments(dataDir));
        // The test trees' cells (cb-1, cb-2) are not the demo secretary's: the test users with their scope.
        args.addAll(ServiceProcess.scopedUsers());
        return new SpringApplicationBuilder(ReviewLedgerApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aReviewContinuesWhereItStoodAfterARestart() {
        String cycleId;
        String id;
        try (ConfigurableApplicationContext first = start(false)) {
            Scenario scenario = new Scenario(new Api(port(first))).cycle2023();
            cycleId = scenario.cycleId;
            id = scenario.member("pm-400", "Đặng Thị Thảo");
            String r = "/api/reviews/" + id;
            scenario.step("secretary", r + "/self-review", """
                    {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
            scenario.step("secretary", r + "/opinions", """
                    {"source": "RESIDENCE_CELL", "author": "Chi ủy", "content": "Tốt"}""");
            assertThat(scenario.review(id).get("version").asLong()).isEqualTo(2);
        }

        try (ConfigurableApplicationContext second = start(false)) {
            Api api = new Api(port(second));
            Scenario scenario = new Scenario(api);
            scenario.cycleId = cycleId;
            String r = "/api/reviews/" + id;
            // The aggregate is rebuilt from the file store: the opinion source recorded before the
            // restart is what lets collection close now.
            scenario.step("secretary", r + "/opinions/close", "{}");
            scenario.step("secretary", r + "/meeting", """
                    {"heldOn": "2023-12-15", "eligible": 12, "present": 11}""");
            assertThat(scenario.review(id).get("stage").asText()).isEqualTo("MEETING_HELD");
            assertThat(scenario.review(id).get("version").asLong()).isEqualTo(4);
            assertThat(scenario.history(id)).hasSize(5);
            assertThat(api.as("auditor").get("/api/cycles/" + cycleId).json().get("organizationName").asText())
                    .isEqualTo("Đảng bộ Khối Cơ quan tỉnh");
        }
    }

    @Test
    void theDemoCycleIsCreatedOnFirstStartOnly() {
        long reviewsAfterFirst;
        try (ConfigurableApplicationContext first = start(true)) {
            reviewsAfterFirst = reviews(first);
            // About 100 reviews in the 2024 cycle (REG_124), 50 in the 2025 one (REG_366), a few in 2023.
            assertThat(reviewsAfterFirst).isBetween(140L, 180L);
            var stages = first.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForList("select distinct payload_type from domain_event_entry", String.class);
            assertThat(stages).anyMatch(t -> t.endsWith("RatingAnnounced"))
                    .anyMatch(t -> t.endsWith("ReviewClosed"))
                    .anyMatch(t -> t.endsWith("ReviewExempted"))
                    .anyMatch(t -> t.endsWith("VoteHeld"));
        }
        try (ConfigurableApplicationContext second = start(true)) {
            assertThat(reviews(second)).isEqualTo(reviewsAfterFirst);
        }
    }

    private static long reviews(ConfigurableApplicationContext ctx) {
        return ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from domain_event_entry where payload_type like '%ReviewOpened'", Long.class);
    }
}
