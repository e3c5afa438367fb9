package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;

/**
 * Every read model is a function of the event store: a full replay (shut down, reset tokens, start)
 * rebuilds identical tables, and events delivered a second time (a segment taken over, a token
 * moved back) change nothing.
 */
// Chunks of 3 events: an administrator's rebuild then reads back and changes rows of earlier chunks.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "reviewledger.query.replay.batch-size=3")
@ActiveProfiles("test")
class ReplayTest {

    /** Every read-model table with its primary key, for an ordered comparison. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("cycle_view", "cycle_id");
        TABLES.put("cycle_unit", "cycle_id, unit_id");
        TABLES.put("review_summary", "review_id");
        TABLES.put("review_event_log", "review_id, sequence");
        TABLES.put("progress_review", "review_id");
        TABLES.put("unit_progress", "cycle_id, unit_id, quota_group_id, stage, rating");
        TABLES.put("quota_group_view", "cycle_id, group_id");
        TABLES.put("review_task", "review_id");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    Api api;
    ReadScenario scenario;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new ReadScenario(api, LocalDate.now()).open();
        String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Đức Cường", "Phạm Thị Hương", "Hoàng Minh Quân",
                "Huỳnh Thị Yến", "Đặng Quốc Việt"};
        for (int i = 0; i < names.length; i++) {
            String unit = i % 2 == 0 ? "cb-vp" : "cb-sxd-1";
            String id = scenario.member(unit, i % 2 == 0 ? "g-vp" : "g-sxd", "r-" + i, names[i]);
            if (i < 5) {
                scenario.decide(id, "GOOD", i < 2);
            } else if (i == 5) {
                scenario.selfReview(id);
                scenario.step(id, "extensions", """
                        {"stage": "OPINIONS_COLLECTED", "newDueDate": "%s", "reason": "Đi công tác"}"""
                        .formatted(scenario.today.plusDays(20)));
            } else {
                scenario.step(id, "exemption", """
                        {"reason": "SUSPENDED"}""");
            }
        }
    }

    private Map<String, List<Map<String, Object>>> readModels() {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        TABLES.forEach((table, key) -> all.put(table, jdbc.queryForList("select * from " + table + " order by " + key)));
        return all;
    }

    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    private void awaitCaughtUp() {
        long head = eventStore.createHeadToken().position().orElse(-1);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> processors().stream()
                .allMatch(p -> {
                    Map<Integer, EventTrackerStatus> status = p.processingStatus();
                    // A replay token stays a replay token until an event after the reset point arrives,
                    // so "replaying" is not a sign of lagging: the position is. Every segment must be
                    // claimed: just after a start, a pooled processor may report one segment at the head
                    // before it has claimed the other, whose events are not in the model yet.
                    int segments = tokenStore.fetchSegments(p.getName()).length;
                    return p.isRunning() && status.size() == segments && status.values().stream().allMatch(s ->
                            !s.isErrorState() && s.getCurrentPosition().orElse(-1) >= head);
                }));
    }

    @Test
    void aFullReplayRebuildsIdenticalReadModels() {
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> before = readModels();
        String dashboard = api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").body();
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        List<StreamingEventProcessor> processors = processors();
        assertThat(processors).extracting(StreamingEventProcessor::getName)
                .contains(ReadModels.REVIEW_VIEW, "cycles");
        processors.forEach(StreamingEventProcessor::shutDown);
        processors.forEach(StreamingEventProcessor::resetTokens);
        // The reset handlers emptied every table before anything is replayed.
        assertThat(jdbc.queryForObject("select count(*) from unit_progress", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from review_task", Long.class)).isZero();
        processors.forEach(StreamingEventProcessor::start);
        awaitCaughtUp();

        assertThat(readModels()).isEqualTo(before);
        assertThat(api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").body()).isEqualTo(dashboard);
    }

    /**
     * The administrator's rebuild goes through the bulk paths (rows folded per chunk, written in
     * batches), not the handlers: it must come to the very rows the handlers wrote, for reviews
     * decided, extended and exempted, whose later events fall in chunks after their opening.
     */
    @Test
    void aRebuildThroughTheBulkPathsWritesWhatTheHandlersWrote() {
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> before = readModels();
        String dashboard = api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").body();
        // The passes write over the previous rows instead of emptying the tables first: rows the events
        // make differently are put back, rows no event makes are deleted.
        jdbc.update("update review_summary set stage = 'CLOSED', version = 99");
        jdbc.update("update review_event_log set actor = 'someone else'");
        jdbc.update("update unit_progress set reviews = reviews + 2");
        jdbc.update("insert into review_summary (review_id, cycle_id, unit_id, unit_path, subject_id, subject_name, "
                + "subject_kind, stage, due_dates, version, updated_at) values ('ghost', ?, 'cb-vp', '/cb-vp/', 's', "
                + "'Ma', 'PARTY_MEMBER', 'OPENED', '{}', 0, current_timestamp)", scenario.cycleId);
        jdbc.update("insert into review_task (review_id, cycle_id, unit_id, subject_id, subject_name, subject_kind, "
                + "stage, due_dates, version) values ('ghost', ?, 'cb-vp', 's', 'Ma', 'PARTY_MEMBER', 'OPENED', '{}', 0)",
                scenario.cycleId);
        jdbc.update("insert into progress_review (review_id, cycle_id, unit_id, quota_group_id, stage, due_dates, "
                + "version) values ('ghost', ?, 'cb-vp', 'g-vp', 'OPENED', '{}', 0)", scenario.cycleId);
        jdbc.update("insert into review_event_log (review_id, sequence, event_type, occurred_at, payload) values "
                + "('ghost', 0, 'ReviewOpened', current_timestamp, '{}')");
        jdbc.update("insert into unit_progress (cycle_id, unit_id, quota_group_id, stage, rating, reviews) values "
                + "(?, 'cb-vp', 'g-vp', 'CLOSED', '', 3)", scenario.cycleId);
        jdbc.update("insert into quota_group_view (cycle_id, group_id, name, excellent_share, position) values "
                + "('no-cycle', 'g', 'Ma', 0.2, 0)");
        // And rows the events make that are missing are written again.
        jdbc.update("delete from review_task where review_id = (select min(review_id) from review_task)");
        jdbc.update("delete from review_event_log where review_id = (select max(review_id) from review_event_log)");
        jdbc.update("delete from progress_review where review_id = (select min(review_id) from progress_review)");
        jdbc.update("delete from quota_group_view where cycle_id = ?", scenario.cycleId);
        assertThat(readModels()).isNotEqualTo(before);
        for (String name : List.of(ReadModels.REVIEW_VIEW, "cycles")) {
            assertThat(api.post("/api/admin/processors/" + name + "/replay", Map.of("reason", "kiểm tra")).status())
                    .as(name).isEqualTo(202);
            String status = "/api/admin/processors/" + name + "/status";
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> api.get(status).json().get("state").asText(), s -> !"RUNNING".equals(s));
            assertThat(api.get(status).json().get("state").asText()).as(name).isEqualTo("COMPLETED");
        }
        assertThat(readModels()).isEqualTo(before);
        assertThat(api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").body()).isEqualTo(dashboard);
        assertThat(api.get("/api/admin/consistency").json().get("differenceCount").asInt()).isZero();
    }

    @Test
    void everyProjectionRunsInAPooledProcessorWithADeadLetterQueue() {
        for (String group : List.of(ReadModels.REVIEW_VIEW, "cycles")) {
            assertThat(processing.eventProcessor(group, org.axonframework.eventhandling.pooled
                    .PooledStreamingEventProcessor.class)).as(group).isPresent();
            assertThat(processing.deadLetterQueue(group)).as("dead letters of %s", group).isPresent();
        }
        // The counters are shared by every segment: they change by increments (CounterDeltas).
        assertThat(tokenStore.fetchSegments(ReadModels.REVIEW_VIEW)).as("segments of the per-review models").hasSize(2);
    }

    @Test
    void eventsDeliveredAgainNeverCountTwice() {
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> before = readModels();
        List<StreamingEventProcessor> processors = processors();
        processors.forEach(StreamingEventProcessor::shutDown);
        // Move every token back to the start without a reset: each event arrives a second time, as
        // after a segment is taken over from a node that died before storing its token.
        transactions.executeWithoutResult(tx -> processors.forEach(p -> {
            for (int segment : tokenStore.fetchSegments(p.getName())) {
                tokenStore.storeToken(null, p.getName(), segment);
                tokenStore.releaseClaim(p.getName(), segment);
            }
        }));
        processors.forEach(StreamingEventProcessor::start);
        awaitCaughtUp();
        assertThat(readModels()).isEqualTo(before);
    }
}
