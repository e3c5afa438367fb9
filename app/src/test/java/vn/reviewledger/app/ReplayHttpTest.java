package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.query.BulkModel;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;

/**
 * {@code POST /api/admin/processors/{name}/replay} rebuilds a read model while the previous one keeps
 * answering: at every moment of the rebuild the review list is whole (never half a model), the
 * status shows the rebuild advancing, and afterwards the model is what the events say.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {ReviewLedgerApplication.class, ReplayHttpTest.Gate.class, ReplayHttpTest.Trip.class},
        // Small flushes, so the rebuild writes (uncommitted) rows often while the reads go on.
        properties = "reviewledger.query.replay.batch-size=10")
@ActiveProfiles("test")
// The failed rebuild runs last: the first test counts every row of the (shared) database.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayHttpTest {

    static final int REVIEWS = 200;

    @TestConfiguration
    static class Gate {
        @Bean
        ReplayGate replayGate() {
            return new ReplayGate();
        }
    }

    /**
     * Test-only handler in the review-view group: during a replay it holds the rebuild at one event
     * until the test has seen the status there, so "progress is visible while it runs" does not hang
     * on timing luck. Outside a replay it does nothing.
     */
    @ProcessingGroup(ReadModels.REVIEW_VIEW)
    static class ReplayGate {
        final CountDownLatch seenMidway = new CountDownLatch(1);
        final AtomicInteger replayed = new AtomicInteger();
        volatile int holdAt = Integer.MAX_VALUE;

        @EventHandler
        void on(ReviewEvent event, org.axonframework.eventhandling.ReplayStatus status) throws InterruptedException {
            if (status.isReplay() && replayed.incrementAndGet() == holdAt) {
                seenMidway.await(120, TimeUnit.SECONDS);
            }
        }

        @ResetHandler
        void reset() {
            replayed.set(0);
        }
    }

    @TestConfiguration
    static class Trip {
        @Bean
        Tripwire tripwire() {
            return new Tripwire();
        }

        @Bean
        TripwireRebuild tripwireRebuild(Tripwire tripwire) {
            return new TripwireRebuild(tripwire);
        }
    }

    /**
     * Test-only projection in the review-view group with a bulk path of its own: the rebuild must
     * run the bulk path instead of the handler, and a bulk path that fails must take the whole
     * rebuild down with it.
     */
    @ProcessingGroup(ReadModels.REVIEW_VIEW)
    static class Tripwire {
        final AtomicInteger handledInReplay = new AtomicInteger();
        final AtomicInteger bulkEvents = new AtomicInteger();
        volatile int failAtChunk = Integer.MAX_VALUE;

        @EventHandler
        void on(ReviewEvent event, org.axonframework.eventhandling.ReplayStatus status) {
            if (status.isReplay()) {
                handledInReplay.incrementAndGet();
            }
        }

        @ResetHandler
        void reset() {
            bulkEvents.set(0);
        }
    }

    record TripwireRebuild(Tripwire tripwire) implements BulkModel {
        @Override
        public Class<?> projection() {
            return Tripwire.class;
        }

        @Override
        public Pass pass() {
            AtomicInteger chunks = new AtomicInteger();
            return events -> {
                if (chunks.incrementAndGet() >= tripwire.failAtChunk) {
                    throw new IllegalStateException("tripwire at chunk " + chunks.get());
                }
                events.forEach(m -> {
                    if (BulkModel.reviewEvent(m) != null) {
                        tripwire.bulkEvents.incrementAndGet();
                    }
                });
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ReplayGate gate;
    @Autowired
    Tripwire tripwire;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    ReadScenario scenario;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** Reviews opened and moved on without waiting for the read models: many events, quickly. */
    private void manyReviews() {
        scenario = new ReadScenario(api, LocalDate.now()).open();
        for (int i = 0; i < REVIEWS; i++) {
            Api.Response opened = api.post("/api/cycles/" + scenario.cycleId + "/reviews", """
                    {"subject": {"id": "%s-%d", "name": "Đảng viên %d", "kind": "PARTY_MEMBER"}, "unitId": "%s",
                     "quotaGroupId": "%s", "admittedOn": "2015-03-02"}""".formatted(scenario.organizationId, i, i,
                    i % 2 == 0 ? "cb-vp" : "cb-sxd-1", i % 2 == 0 ? "g-vp" : "g-sxd"));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            String id = opened.json().get("reviewId").asText();
            Api.Response self = api.post("/api/reviews/" + id + "/self-review", """
                    {"form": "02A", "selfRating": "GOOD", "summary": "Tự đánh giá", "submittedOn": "%s"}"""
                    .formatted(scenario.today));
            assertThat(self.status()).as(self.toString()).isBetween(200, 201);
            if (i % 2 == 0) {
                assertThat(api.post("/api/reviews/" + id + "/opinions", """
                        {"source": "RESIDENCE_CELL", "author": "Chi ủy", "content": "Gương mẫu"}""").status())
                        .isBetween(200, 201);
                assertThat(api.post("/api/reviews/" + id + "/opinions/close", "{}").status()).isBetween(200, 201);
            }
        }
    }

    private long total(String filter) {
        Api.Response r = api.as("auditor").get("/api/reviews?size=1&cycleId=" + scenario.cycleId + filter);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("total").asLong();
    }

    private boolean wholeModel() {
        return total("") == REVIEWS && total("&stage=OPINIONS_COLLECTED") == REVIEWS / 2
                && total("&stage=SELF_REVIEW_SUBMITTED") == REVIEWS / 2;
    }

    private List<Map<String, Object>> table(String sql) {
        return jdbc.queryForList(sql);
    }

    private JsonNode status(String name) {
        Api.Response r = api.get("/api/admin/processors/" + name + "/status");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    @Order(1)
    void aReplayRebuildsTheModelWhileTheWholePreviousOneKeepsServing() {
        manyReviews();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(this::wholeModel);
        await().atMost(Duration.ofSeconds(60)).until(() -> status(ReadModels.REVIEW_VIEW).get("percent").asInt() == 100);
        List<Map<String, Object>> before = table("select * from review_summary order by review_id");
        assertThat(before).hasSize(REVIEWS);
        // One processor holds every per-review model: the replay rebuilds them all at once.
        Map<String, String> sameProcessor = Map.of(
                "history", "select * from review_event_log order by review_id, sequence",
                "progress", "select * from unit_progress order by cycle_id, unit_id, quota_group_id, stage, rating",
                "tasks", "select * from review_task order by review_id");
        Map<String, List<Map<String, Object>>> alsoBefore = new java.util.HashMap<>();
        sameProcessor.forEach((name, sql) -> alsoBefore.put(name, table(sql)));
        String dashboardBefore = api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").body();

        // Hold the rebuild half-way through the review events (2 or 4 per review, 600 in all).
        gate.holdAt = REVIEWS * 3 / 2;
        Api.Response started = api.post("/api/admin/processors/" + ReadModels.REVIEW_VIEW + "/replay",
                Map.of("reason", "Dựng lại sau khi sửa phép chiếu"));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("name").asText()).isEqualTo(ReadModels.REVIEW_VIEW);
        assertThat(started.json().get("state").asText()).isEqualTo("RUNNING");
        assertThat(started.json().get("serving").asText()).isEqualTo("previous");

        List<Integer> percents = new ArrayList<>();
        boolean conflictChecked = false;
        JsonNode s = started.json();
        for (int polls = 0; polls < 6000 && "RUNNING".equals(s.get("state").asText()); polls++) {
            s = status(ReadModels.REVIEW_VIEW);
            int percent = s.get("percent").asInt();
            percents.add(percent);
            // The reads see the previous model, whole, at every poll.
            assertThat(wholeModel()).as("whole model at poll %d (%d%%)", polls, percent).isTrue();
            if ("RUNNING".equals(s.get("state").asText())) {
                assertThat(s.get("replaying").asBoolean()).isTrue();
                assertThat(s.get("serving").asText()).isEqualTo("previous");
                assertThat(s.get("head").asLong()).isPositive();
                if (percent > 0 && percent < 100 && !conflictChecked) {
                    // A second replay of the same processor while this one runs is refused.
                    Api.Response again = api.post("/api/admin/processors/" + ReadModels.REVIEW_VIEW + "/replay", Map.of());
                    assertThat(again.status()).as(again.toString()).isEqualTo(409);
                    assertThat(again.json().get("rule").asText()).isEqualTo("REPLAY_RUNNING");
                    conflictChecked = true;
                    gate.seenMidway.countDown();
                }
            }
            Thread.onSpinWait();
        }
        assertThat(s.get("state").asText()).as(s.toString()).isEqualTo("COMPLETED");
        assertThat(conflictChecked).as("percent seen between 0 and 100 while running: %s", percents).isTrue();
        assertThat(percents).anyMatch(p -> p > 0 && p < 100);
        assertThat(s.get("percent").asInt()).isEqualTo(100);
        assertThat(s.get("serving").asText()).isEqualTo("rebuilt");

        // The rebuilt model is the same model, switched in whole.
        assertThat(wholeModel()).isTrue();
        // Built through the bulk paths, not the handlers they stand in for.
        assertThat(tripwire.handledInReplay.get()).isZero();
        assertThat(tripwire.bulkEvents.get()).isGreaterThanOrEqualTo(REVIEWS * 3);
        JsonNode consistency = api.as("admin").get("/api/admin/consistency").json();
        assertThat(consistency.get("differenceCount").asInt()).as(consistency.toString()).isZero();
        assertThat(table("select * from review_summary order by review_id")).isEqualTo(before);
        sameProcessor.forEach((name, sql) -> assertThat(table(sql)).as(name).isEqualTo(alsoBefore.get(name)));
        assertThat(api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").body())
                .isEqualTo(dashboardBefore);
        // The processor goes on from where the rebuild stopped.
        String late = scenario.member("cb-vp", "g-vp", scenario.organizationId + "-late", "Đến sau");
        assertThat(total("")).isEqualTo(REVIEWS + 1);
        assertThat(api.as("auditor").get("/api/reviews/" + late).json().get("stage").asText()).isEqualTo("OPENED");

        JsonNode actions = api.get("/api/admin/actions").json();
        assertThat(actions.get(0).get("action").asText()).isEqualTo("REPLAY");
        assertThat(actions.get(0).get("processor").asText()).isEqualTo(ReadModels.REVIEW_VIEW);
        assertThat(actions.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(actions.get(0).get("reason").asText()).isEqualTo("Dựng lại sau khi sửa phép chiếu");

        // And so can the other processor's model.
        Map<String, String> others = Map.of("cycles", "select * from cycle_view order by cycle_id");
        String dashboard = api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").body();
        others.forEach((name, sql) -> {
            List<Map<String, Object>> rows = table(sql);
            assertThat(rows).as(name).isNotEmpty();
            assertThat(api.post("/api/admin/processors/" + name + "/replay", Map.of("reason", "kiểm tra")).status())
                    .as(name).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                    .until(() -> "COMPLETED".equals(status(name).get("state").asText()));
            assertThat(table(sql)).as(name).isEqualTo(rows);
        });
        assertThat(api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").body()).isEqualTo(dashboard);
    }

    @Test
    @Order(2)
    void aRebuildThatFailsHalfWayLeavesThePreviousModelWholeAndLive() {
        manyReviews();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(this::wholeModel);
        await().atMost(Duration.ofSeconds(60)).until(() -> status(ReadModels.REVIEW_VIEW).get("percent").asInt() == 100);
        Map<String, String> models = Map.of(
                "summary", "select * from review_summary order by review_id",
                "history", "select * from review_event_log order by review_id, sequence",
                "progress", "select * from unit_progress order by cycle_id, unit_id, quota_group_id, stage, rating",
                "reviews counted", "select * from progress_review order by review_id",
                "tasks", "select * from review_task order by review_id");
        Map<String, List<Map<String, Object>>> before = new java.util.HashMap<>();
        models.forEach((name, sql) -> before.put(name, table(sql)));

        // Half-way (chunks of 10 events, 600 review events): the other bulk paths have written rows by then.
        tripwire.failAtChunk = 30;
        try {
            Api.Response started = api.post("/api/admin/processors/" + ReadModels.REVIEW_VIEW + "/replay",
                    Map.of("reason", "thử lỗi"));
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !"RUNNING".equals(status(ReadModels.REVIEW_VIEW).get("state").asText()));
        } finally {
            tripwire.failAtChunk = Integer.MAX_VALUE;
        }
        JsonNode s = status(ReadModels.REVIEW_VIEW);
        assertThat(s.get("state").asText()).as(s.toString()).isEqualTo("FAILED");
        assertThat(s.get("serving").asText()).isEqualTo("live");
        assertThat(s.get("error").asText()).contains("tripwire at chunk 30");
        // Nothing of the half rebuild is left: every table is the previous one, row for row.
        assertThat(wholeModel()).isTrue();
        models.forEach((name, sql) -> assertThat(table(sql)).as(name).isEqualTo(before.get(name)));
        // And the previous model takes new events again, from its own tokens.
        scenario.member("cb-vp", "g-vp", scenario.organizationId + "-after", "Sau lỗi");
        assertThat(total("")).isEqualTo(REVIEWS + 1);
    }

    @Test
    void unknownProcessorsAndOtherUsersAreRefused() {
        Api.Response unknown = api.post("/api/admin/processors/no-such-processor/replay", Map.of("reason", "x"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.json().get("detail").asText()).contains("no-such-processor");
        assertThat(api.get("/api/admin/processors/no-such-processor/status").status()).isEqualTo(404);
        for (String user : List.of("office", "secretary", "auditor")) {
            assertThat(api.as(user).post("/api/admin/processors/" + ReadModels.REVIEW_VIEW + "/replay", Map.of("reason", "x"))
                    .status()).as(user).isEqualTo(403);
            assertThat(api.as(user).get("/api/admin/processors/" + ReadModels.REVIEW_VIEW + "/status").status()).as(user)
                    .isEqualTo(403);
        }
        assertThat(api.anonymous().get("/api/admin/processors/" + ReadModels.REVIEW_VIEW + "/status").status()).isEqualTo(401);
    }
}
