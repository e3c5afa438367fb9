package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.PostgresDatabases;
import vn.reviewledger.support.RequiresPostgres;
import vn.reviewledger.support.Scenario;
import vn.reviewledger.support.ServiceProcess;

/**
 * The command side and the query side as two services (their own jars, main classes and ports) on
 * one PostgreSQL database: a review is driven by commands to the command service and read back from
 * the query service, the two meeting only through the event store.
 */
@RequiresPostgres
// One pair of services for both tests: each starts in some 20 s on two cores.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitServicesIT {

    private PostgresDatabases.Database db;
    private ServiceProcess commands;
    private ServiceProcess queries;
    private Api write;
    private Api read;

    @BeforeAll
    void startBothServices() {
        db = PostgresDatabases.create();
        List<String> args = new ArrayList<>(ServiceProcess.postgres(db));
        args.add("--logging.level.root=WARN");
        List<String> commandArgs = new ArrayList<>(args);
        // Deadline events of this 2023 cycle would move the versions this test follows.
        commandArgs.add("--reviewledger.deadlines.enabled=false");
        commands = ServiceProcess.start("split-command-side",
                ServiceProcess.packaged("reviewledger.it.command-side-jar", "target/services/command-side.jar"), commandArgs)
                .awaitHealthy(Duration.ofSeconds(120));
        queries = ServiceProcess.start("split-query-side",
                ServiceProcess.packaged("reviewledger.it.query-side-jar", "target/services/query-side.jar"), args)
                .awaitHealthy(Duration.ofSeconds(120));
        write = new Api(commands.port);
        read = new Api(queries.port);
    }

    @AfterAll
    void stop() {
        if (commands != null) {
            commands.close();
        }
        if (queries != null) {
            queries.close();
        }
        if (db != null) {
            PostgresDatabases.drop(db.name());
        }
    }

    @Test
    void aReviewIsCommandedOnTheCommandServiceAndReadOnTheQueryService() {
        Api.Response cycle = write.as("office").post("/api/cycles", Scenario.cycleJson("org-split", 2023));
        assertThat(cycle.status()).as(cycle.toString()).isEqualTo(201);
        String cycleId = cycle.json().get("cycleId").asText();
        Awaitility.await("cycle readable").atMost(Duration.ofSeconds(30))
                .until(() -> read.as("auditor").get("/api/cycles/" + cycleId).status() == 200);

        Api.Response opened = write.as("secretary").post("/api/cycles/" + cycleId + "/reviews", """
                {"subject": {"id": "sp-1", "name": "Trương Thị Tách", "kind": "PARTY_MEMBER"}, "unitId": "cb-1",
                 "quotaGroupId": "g-cb-1", "admittedOn": "2015-03-02"}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().get("reviewId").asText();
        String r = "/api/reviews/" + id;
        awaitVersion(id, 0);

        String[][] steps = {
                {"secretary", "/self-review", """
                        {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}"""},
                {"secretary", "/opinions", """
                        {"source": "RESIDENCE_CELL", "author": "Chi ủy khu phố 3", "content": "Gương mẫu"}"""},
                {"secretary", "/opinions/close", "{}"},
                {"secretary", "/meeting", """
                        {"heldOn": "2023-12-15", "eligible": 12, "present": 11, "absentWithReason": 1}"""},
                {"secretary", "/vote", """
                        {"method": "SECRET_BALLOT", "eligible": 12, "present": 11, "votes": {"GOOD": 11}}"""},
                {"secretary", "/proposal", """
                        {"rating": "GOOD"}"""},
                {"office", "/decision", """
                        {"rating": "GOOD", "decisionNo": "15-QĐ/ĐU", "decidedOn": "2023-12-28"}"""},
                {"secretary", "/announcement", """
                        {"announcedOn": "2024-01-05"}"""}};
        for (int i = 0; i < steps.length; i++) {
            Api.Response step = write.as(steps[i][0]).post(r + steps[i][1], steps[i][2]);
            assertThat(step.status()).as(steps[i][1] + " -> " + step).isEqualTo(200);
            awaitVersion(id, i + 1);
        }

        JsonNode review = read.as("auditor").get(r).json();
        assertThat(review.get("stage").asText()).isEqualTo("ANNOUNCED");
        assertThat(review.get("decidedRating").asText()).isEqualTo("GOOD");
        assertThat(review.get("subject").get("name").asText()).isEqualTo("Trương Thị Tách");
        assertThat(ReviewProcedureHttpTest.types(read.as("auditor").get(r + "/history").json())).containsExactly(
                "ReviewOpened", "SelfReviewSubmitted", "OpinionRecorded", "OpinionCollectionClosed",
                "ReviewMeetingHeld", "VoteHeld", "RatingProposed", "RatingDecided", "RatingAnnounced");
        // A rule is still judged by the command service, from the events alone.
        Api.Response again = write.as("secretary").post(r + "/announcement", """
                {"announcedOn": "2024-01-06"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void eachServiceServesOnlyItsSideAndGuardsItWithTheSameSecurity() {
        Api.Response cycle = write.as("office").post("/api/cycles", Scenario.cycleJson("org-sides", 2023));
        String cycleId = cycle.json().get("cycleId").asText();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> read.as("auditor").get("/api/cycles/" + cycleId).status() == 200);

        // No read model lives in the command service, and the query service takes no command.
        assertThat(write.as("auditor").get("/api/cycles/" + cycleId).status()).isEqualTo(404);
        assertThat(read.as("office").post("/api/cycles", Scenario.cycleJson("org-nowhere", 2023)).status())
                .isIn(404, 405);
        // Both answer 401 and 403 as problem+json, and both report their health.
        Api.Response anonymous = read.anonymous().get("/api/cycles/" + cycleId);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("rule").asText()).isEqualTo("UNAUTHENTICATED");
        Api.Response auditorCommand = write.as("auditor").post("/api/cycles", Scenario.cycleJson("org-audit", 2023));
        assertThat(auditorCommand.status()).isEqualTo(403);
        assertThat(auditorCommand.json().get("rule").asText()).isEqualTo("FORBIDDEN");
        assertThat(write.anonymous().get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(read.anonymous().get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        // Each publishes its own metrics to an administrator, as docker/prometheus scrapes them.
        Api.Response commandMetrics = write.get("/actuator/prometheus");
        assertThat(commandMetrics.status()).as(commandMetrics.toString()).isEqualTo(200);
        assertThat(MetricsHttpTest.sample(commandMetrics.body(), "commandBus_successCounter_total", "payloadType",
                "OpenCycle")).isGreaterThanOrEqualTo(1);
        assertThat(MetricsHttpTest.sample(commandMetrics.body(), "reviewledger_deadlines_overdue")).isNotNull();
        Api.Response queryMetrics = read.get("/actuator/prometheus");
        assertThat(queryMetrics.status()).as(queryMetrics.toString()).isEqualTo(200);
        assertThat(MetricsHttpTest.sample(queryMetrics.body(), "eventProcessor_latency", "processorName", "cycles"))
                .isNotNull();
        assertThat(MetricsHttpTest.sample(queryMetrics.body(), "reviewledger_dead_letters", "processing_group",
                "review-view")).isNotNull();
        assertThat(read.as("office").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(write.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
    }

    /** The query service has projected the review up to this version. */
    private void awaitVersion(String reviewId, long version) {
        Awaitility.await("version " + version + " of " + reviewId + " readable").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    Api.Response r = read.as("auditor").get("/api/reviews/" + reviewId);
                    return r.status() == 200 && r.json().get("version").asLong() == version;
                });
    }
}
