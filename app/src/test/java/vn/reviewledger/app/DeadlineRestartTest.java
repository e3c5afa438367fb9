package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;
import vn.reviewledger.support.ServiceProcess;

/**
 * A deadline scheduled before a restart fires after it, exactly once. The first run's scheduler
 * polls only hourly and does not run due tasks at once, so the overdue deadline is stored but has
 * not fired when that process stops; the second run picks it up from the database.
 */
class DeadlineRestartTest {

    @TempDir
    Path dataDir;

    /** Where both runs keep their state: an H2 file database here; the subclass uses PostgreSQL. */
    protected List<String> storeArguments(Path dataDir) {
        return List.of("--reviewledger.data-dir=" + dataDir.toAbsolutePath());
    }

    private ConfigurableApplicationContext start(String pollingInterval, boolean immediate) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--reviewledger.demo.enabled=false",
                "--reviewledger.deadlines.enabled=true",
                "--db-scheduler.polling-interval=" + pollingInterval,
                "--db-scheduler.immediate-execution-enabled=" + immediate,
                "--logging.level.root=WARN"));
        args.addAll(storeArguments(dataDir));
        // The test trees' cells (cb-1, cb-2) are not the demo secretary's: the test users with their scope.
        args.addAll(ServiceProcess.scopedUsers());
        return new SpringApplicationBuilder(ReviewLedgerApplication.class).run(args.toArray(String[]::new));
    }

    private static long overdueEvents(ConfigurableApplicationContext ctx, String id) {
        return ctx.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry where "
                + "aggregate_identifier = ? and payload_type like '%StageOverdue'", Long.class, id);
    }

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterItExactlyOnce() {
        String id;
        try (ConfigurableApplicationContext first = start("1h", false)) {
            int port = Integer.parseInt(first.getEnvironment().getProperty("local.server.port"));
            Scenario scenario = new Scenario(new Api(port)).cycle2023();
            id = scenario.member("rs-1", "Dương Văn Khởi Động");
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            // One deadline per review: the next notice that will fire.
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name like 'Axon%' "
                    + "and task_instance like ?", Long.class, id + "/%")).isEqualTo(1);
            assertThat(overdueEvents(first, id)).isZero();
        }
        try (ConfigurableApplicationContext second = start("1s", true)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> overdueEvents(second, id) == 1);
            // Several more polls: the executed deadline is gone and nothing fires twice.
            Awaitility.await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> true);
            assertThat(overdueEvents(second, id)).isEqualTo(1);
        }
    }
}
