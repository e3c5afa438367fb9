package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;

/**
 * What an operator's Prometheus reads at {@code /actuator/prometheus}: the command bus and every
 * event processor (Axon's metrics), the deadline scheduler (db-scheduler's), the HTTP API, and the
 * ledger's own gauges of dead letters and overdue deadlines. Only an administrator may read it.
 *
 * <p>Uses the dead-letter test's poisoned handler to park a review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {ReviewLedgerApplication.class, DeadLetterHttpTest.Poison.class})
@ActiveProfiles("test")
// Spring Boot's tests replace every metrics export with an in-memory registry unless told otherwise.
@AutoConfigureObservability(tracing = false)
class MetricsHttpTest {

    static final String GROUP = ReadModels.REVIEW_VIEW;

    @LocalServerPort
    int port;
    @Autowired
    DeadLetterHttpTest.PoisonedHandler poison;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    ReadScenario scenario;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new ReadScenario(api, LocalDate.now()).open();
    }

    @Test
    void anAdministratorReadsCommandsProcessorsDeadlinesAndHttpRequests() {
        String id = scenario.member("cb-vp", "g-vp", scenario.organizationId + "-a", "Nguyễn Văn An");
        scenario.selfReview(id);
        String early = scenario.member("cb-vp", "g-vp", scenario.organizationId + "-b", "Trần Thị Bình");
        Api.Response refused = api.post("/api/reviews/" + early + "/meeting", """
                {"heldOn": "%s", "eligible": 12, "present": 11, "absentWithReason": 1}""".formatted(scenario.today));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);

        Api.Response r = api.get("/actuator/prometheus");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        String scrape = r.body();

        // The command bus, by command: what went through and what a rule refused.
        assertThat(sample(scrape, "commandBus_successCounter_total", "payloadType", "SubmitSelfReview")).isGreaterThanOrEqualTo(1);
        assertThat(sample(scrape, "commandBus_ingestedCounter_total", "payloadType", "OpenReview")).isGreaterThanOrEqualTo(2);
        assertThat(sample(scrape, "commandBus_failureCounter_total", "payloadType", "HoldMeeting")).isGreaterThanOrEqualTo(1);
        assertThat(sample(scrape, "commandBus_successTimer_seconds_count", "payloadType", "OpenCycle")).isGreaterThanOrEqualTo(1);
        // Every event processor: how far behind (ms), how busy, how much it handled.
        for (String processor : new String[] {GROUP, "cycles"}) {
            assertThat(sample(scrape, "eventProcessor_latency", "processorName", processor)).as(processor).isNotNull();
            assertThat(sample(scrape, "eventProcessor_capacity", "processorName", processor, "payloadType", "ReviewOpened"))
                    .as(processor).isNotNull();
        }
        assertThat(sample(scrape, "eventProcessor_processedCounter_total", "processorName", GROUP,
                "payloadType", "SelfReviewSubmitted")).isGreaterThanOrEqualTo(1);
        // The deadline scheduler's own meters, for Axon's deadline task.
        assertThat(sample(scrape, "dbscheduler_task_completions_total", "task", "AxonDeadline", "result", "ok")).isNotNull();
        assertThat(sample(scrape, "dbscheduler_task_duration_seconds_count", "task", "AxonDeadline")).isNotNull();
        // The HTTP API, by route and status (the refused meeting is a 409 there).
        assertThat(sample(scrape, "http_server_requests_seconds_count", "uri", "/api/cycles", "method", "POST",
                "status", "201")).isGreaterThanOrEqualTo(1);
        assertThat(sample(scrape, "http_server_requests_seconds_count", "uri", "/api/reviews/{id}/meeting",
                "status", "409")).isGreaterThanOrEqualTo(1);
        // The ledger's own gauges, for every projection with a dead-letter queue.
        assertThat(sample(scrape, "reviewledger_dead_letters", "processing_group", GROUP)).isNotNull();
        assertThat(sample(scrape, "reviewledger_dead_letters", "processing_group", "cycles")).isNotNull();
        assertThat(sample(scrape, "reviewledger_deadlines_overdue")).isNotNull();
    }

    @Test
    void aParkedReviewCountsAsADeadLetterUntilItIsEvicted() {
        double letters = scrape("reviewledger_dead_letters", "processing_group", GROUP);
        double sequences = scrape("reviewledger_dead_letter_sequences", "processing_group", GROUP);
        String subject = scenario.organizationId + "-poisoned";
        poison.subjects.add(subject);
        try {
            String parked = scenario.member("cb-vp", "g-vp", subject, "Lê Đức Cường");
            scenario.selfReview(parked);

            // Its opening failed and its self-review waits behind it: two letters, one review.
            assertThat(scrape("reviewledger_dead_letters", "processing_group", GROUP)).isEqualTo(letters + 2);
            assertThat(scrape("reviewledger_dead_letter_sequences", "processing_group", GROUP)).isEqualTo(sequences + 1);
            assertThat(scrape("reviewledger_dead_letters", "processing_group", "cycles")).isZero();

            Api.Response evicted = api.post("/api/admin/dead-letters/" + GROUP + "/" + parked + "/evict",
                    Map.of("reason", "Hồ sơ nhập nhầm"));
            assertThat(evicted.status()).as(evicted.toString()).isEqualTo(200);
            assertThat(scrape("reviewledger_dead_letters", "processing_group", GROUP)).isEqualTo(letters);
            assertThat(scrape("reviewledger_dead_letter_sequences", "processing_group", GROUP)).isEqualTo(sequences);
        } finally {
            poison.subjects.remove(subject);
        }
    }

    @Test
    void aDeadlineNoSchedulerRunsIsOverdue() {
        double before = scrape("reviewledger_deadlines_overdue");
        // A task of a kind no node knows (as after a rollback to a version without it): never picked up.
        jdbc.update("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
                + "values (?, ?, ?, false, 1)", "retired-task", scenario.organizationId,
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
        try {
            assertThat(scrape("reviewledger_deadlines_overdue")).isEqualTo(before + 1);
        } finally {
            jdbc.update("delete from scheduled_tasks where task_name = ? and task_instance = ?", "retired-task",
                    scenario.organizationId);
        }
        assertThat(scrape("reviewledger_deadlines_overdue")).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorReadsTheMetricsAndNoOtherEndpointIsOpen() {
        Api.Response anonymous = api.anonymous().get("/actuator/prometheus");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.json().get("rule").asText()).isEqualTo("UNAUTHENTICATED");
        for (String user : new String[] {"office", "secretary", "auditor"}) {
            Api.Response refused = api.as(user).get("/actuator/prometheus");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("rule").asText()).isEqualTo("FORBIDDEN");
        }
        for (String endpoint : new String[] {"/actuator/metrics", "/actuator/env", "/actuator/beans",
                "/actuator/heapdump", "/actuator/loggers"}) {
            assertThat(api.get(endpoint).status()).as(endpoint).isIn(403, 404);
        }
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    private double scrape(String name, String... labels) {
        Api.Response r = api.get("/actuator/prometheus");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Double value = sample(r.body(), name, labels);
        assertThat(value).as(name).isNotNull();
        return value;
    }

    /**
     * The sum of the samples of {@code name} that carry every given label ({@code key, value, ...}),
     * or null when there is none; Prometheus' text format, one sample a line.
     */
    static Double sample(String scrape, String name, String... labels) {
        Double sum = null;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String series = line.substring(0, space);
            boolean all = true;
            for (int i = 0; i < labels.length; i += 2) {
                String label = labels[i] + "=\"" + labels[i + 1] + "\"";
                all &= series.contains("{" + label) || series.contains("," + label);
            }
            if (all) {
                sum = (sum == null ? 0 : sum) + Double.parseDouble(line.substring(space + 1));
            }
        }
        return sum;
    }
}
