package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.PostgresDatabases;
import vn.reviewledger.support.RequiresPostgres;
import vn.reviewledger.support.Scenario;
import vn.reviewledger.support.ServiceProcess;

/**
 * Two application nodes, separate JVMs of the packaged app, on one PostgreSQL database. Commands go
 * to both; the projections split their segments between them; both nodes write to one review at the
 * same moment; one node is killed with {@code kill -9} and the other takes over its segments. At the
 * end nothing acknowledged is lost or doubled, every read model equals what the event store says,
 * and no processor skipped an event.
 */
@RequiresPostgres
class TwoNodeFailoverIT {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(8);
    private static final Duration CLAIM_INTERVAL = Duration.ofSeconds(1);
    private static final List<String> PROCESSORS = List.of(ReadModels.REVIEW_VIEW, "cycles");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enough rounds that some pairs really collide (about one in five does on two cores). */
    private static final int ROUNDS = 40;

    private PostgresDatabases.Database db;
    private JdbcTemplate jdbc;
    private ServiceProcess a;
    private ServiceProcess b;
    /** Per review, how many commands on it were acknowledged: each stores exactly one event. */
    private final Map<String, Integer> acknowledged = new HashMap<>();

    @BeforeEach
    void startTwoNodes() {
        db = PostgresDatabases.create();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url(), PostgresDatabases.user(), PostgresDatabases.password()));
        Path jar = ServiceProcess.packaged("reviewledger.it.app-jar", "target/review-ledger.jar");
        // One after the other: the first node creates the schema and the processors' segments.
        a = ServiceProcess.start("two-node-a", jar, nodeArguments()).awaitHealthy(Duration.ofSeconds(120));
        b = ServiceProcess.start("two-node-b", jar, nodeArguments()).awaitHealthy(Duration.ofSeconds(120));
    }

    private List<String> nodeArguments() {
        List<String> args = new ArrayList<>(ServiceProcess.postgres(db));
        args.addAll(List.of("--spring.profiles.active=postgres",
                "--reviewledger.demo.enabled=false",
                // Deadline events would add events no request asked for; the count below is exact.
                "--reviewledger.deadlines.enabled=false",
                "--axon.eventhandling.tokenstore.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                "--reviewledger.query.cluster.node-timeout=4s",
                "--reviewledger.query.cluster.release-for=3s",
                "--logging.level.root=WARN",
                "--logging.level.vn.reviewledger.query.ops.cluster=INFO"));
        for (String p : PROCESSORS) {
            args.add("--axon.eventhandling.processors." + p + ".token-claim-interval=" + CLAIM_INTERVAL.toMillis());
        }
        return args;
    }

    @AfterEach
    void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (db != null) {
            PostgresDatabases.drop(db.name());
        }
    }

    @Test
    void nothingIsLostOrDoubledWhenANodeIsKilledAndReadModelsEqualTheReplayedEvents() throws Exception {
        Api onA = new Api(a.port);
        Api onB = new Api(b.port);
        Api[] nodes = {onA, onB};

        Api.Response cycle = onA.as("office").post("/api/cycles", Scenario.cycleJson("org-2n", 2023));
        assertThat(cycle.status()).as(cycle.toString()).isEqualTo(201);
        String cycleId = cycle.json().get("cycleId").asText();

        // Commands arrive at both nodes: each review is opened on one and continued on the other.
        List<String> reviews = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api node = nodes[i % 2];
            Api.Response r = node.as("secretary").post("/api/cycles/" + cycleId + "/reviews", """
                    {"subject": {"id": "n-%d", "name": "Nguyễn Văn Nút %d", "kind": "PARTY_MEMBER"}, "unitId": "cb-1",
                     "quotaGroupId": "g-cb-1", "admittedOn": "2015-03-02"}""".formatted(i, i));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            String id = r.json().get("reviewId").asText();
            reviews.add(id);
            acknowledged.merge(id, 1, Integer::sum);
            ok(nodes[(i + 1) % 2], id, "/self-review", """
                    {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
            ok(nodes[i % 2], id, "/opinions", """
                    {"source": "RESIDENCE_CELL", "author": "Chi ủy %d", "content": "Tốt"}""".formatted(i));
        }

        // Both nodes work on every projection: two segments each split one and one.
        Awaitility.await("segments split between the nodes").atMost(Duration.ofSeconds(60))
                .until(() -> owners(ReadModels.REVIEW_VIEW).size() == 2
                        && owners(ReadModels.REVIEW_VIEW).values().stream().allMatch(n -> n == 1));

        // Both nodes write to one review at the same moment: never two events with one sequence
        // number, never an acknowledged write missing, never a refused one stored.
        Map<String, Integer> raceAnswers = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < ROUNDS; round++) {
            String id = reviews.get(round % reviews.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> answers = new ArrayList<>();
            List<String> authors = List.of("race-" + round + "-a", "race-" + round + "-b");
            for (int n = 0; n < 2; n++) {
                Api node = nodes[n];
                String author = authors.get(n);
                answers.add(pool.submit(() -> {
                    go.await();
                    return node.as("secretary").post("/api/reviews/" + id + "/opinions", """
                            {"source": "RESIDENCE_CELL", "author": "%s", "content": "Cùng lúc"}""".formatted(author));
                }));
            }
            go.countDown();
            for (int n = 0; n < 2; n++) {
                Api.Response r = answers.get(n).get();
                if (r.status() == 200) {
                    acknowledged.merge(id, 1, Integer::sum);
                } else {
                    assertThat(r.status()).as(r.toString()).isEqualTo(409);
                    assertThat(r.json().get("rule").asText()).isEqualTo("CONFLICT");
                }
                raceAnswers.put(authors.get(n), r.status());
            }
        }
        pool.shutdown();
        long conflicts = raceAnswers.values().stream().filter(s -> s == 409).count();
        System.out.printf("Concurrent writes to one review: %d acknowledged, %d answered 409 CONFLICT%n",
                raceAnswers.size() - conflicts, conflicts);
        assertThat(conflicts).as("pairs that really collided").isPositive();

        // kill -9 node B while work goes on at node A.
        String ownerA = a.tokenOwnerPrefix();
        long killedAt = System.nanoTime();
        b.kill();
        CompletableFuture<Duration> takeover = CompletableFuture.supplyAsync(() -> {
            Awaitility.await("node A owns every segment").atMost(CLAIM_TIMEOUT.plusSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> PROCESSORS.stream().allMatch(p -> ownedOnlyBy(p, ownerA)));
            return Duration.ofNanos(System.nanoTime() - killedAt);
        });
        for (String id : reviews) {
            ok(onA, id, "/opinions/close", "{}");
            ok(onA, id, "/meeting", """
                    {"heldOn": "2023-12-15", "eligible": 12, "present": 11}""");
            ok(onA, id, "/vote", """
                    {"method": "SECRET_BALLOT", "eligible": 12, "present": 11, "votes": {"GOOD": 11}}""");
        }
        Duration tookOver = takeover.get();
        System.out.printf("Node A took over node B's segments %d ms after kill -9 (claim timeout %d ms)%n",
                tookOver.toMillis(), CLAIM_TIMEOUT.toMillis());
        // B's last claims expire at most one claim timeout after the kill; A claims at its next attempt.
        assertThat(tookOver).isLessThanOrEqualTo(CLAIM_TIMEOUT.plus(CLAIM_INTERVAL.multipliedBy(3)));

        // Every acknowledged command stored exactly one event, in an unbroken sequence per review.
        for (String id : reviews) {
            List<Long> sequences = jdbc.queryForList("select sequence_number from domain_event_entry "
                    + "where aggregate_identifier = ? order by sequence_number", Long.class, id);
            assertThat(sequences).as("events of " + id).hasSize(acknowledged.get(id));
            for (int s = 0; s < sequences.size(); s++) {
                assertThat(sequences.get(s)).isEqualTo(s);
            }
        }
        Map<String, Integer> storedRaceOpinions = new HashMap<>();
        for (byte[] payload : jdbc.queryForList("select payload from domain_event_entry where payload_type like "
                + "'%OpinionRecorded'", byte[].class)) {
            String author = JSON.readTree(payload).get("authorBody").asText();
            if (author.startsWith("race-")) {
                storedRaceOpinions.merge(author, 1, Integer::sum);
            }
        }
        raceAnswers.forEach((author, status) -> assertThat(storedRaceOpinions.getOrDefault(author, 0))
                .as("stored opinions of %s (answered %d)", author, status).isEqualTo(status == 200 ? 1 : 0));

        // The read models catch up on node A alone ...
        Awaitility.await("read models caught up").atMost(Duration.ofSeconds(60)).until(this::headReachedByEveryProcessor);
        // ... and equal what replaying the event store gives.
        for (String id : reviews) {
            Truth truth = replay(id);
            Map<String, Object> row = jdbc.queryForMap(
                    "select stage, version, self_rating, vote_outcome from review_summary where review_id = ?", id);
            assertThat(row.get("stage")).as("stage of " + id).isEqualTo(truth.stage);
            assertThat(((Number) row.get("version")).longValue()).as("version of " + id).isEqualTo(truth.version);
            assertThat(row.get("self_rating")).isEqualTo(truth.selfRating);
            assertThat(row.get("vote_outcome")).isEqualTo(truth.voteOutcome);
            assertThat(history(id)).as("history of " + id).isEqualTo(truth.events);
        }
        // No processor skipped an event: every review event up to the head is in the history model.
        Set<String> stored = new TreeSet<>(jdbc.queryForList("select aggregate_identifier || '#' || sequence_number "
                + "from domain_event_entry where payload_type like '%ReviewEvents$%'", String.class));
        Set<String> projected = new TreeSet<>(jdbc.queryForList("select review_id || '#' || sequence from review_event_log",
                String.class));
        assertThat(projected).isEqualTo(stored);
        assertThat(jdbc.queryForList("select cycle_id from cycle_view", String.class)).containsExactly(cycleId);
        assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry", Long.class)).isZero();
    }

    private void ok(Api node, String reviewId, String step, String body) {
        Api.Response r = node.as("secretary").post("/api/reviews/" + reviewId + step, body);
        assertThat(r.status()).as(step + " -> " + r).isEqualTo(200);
        acknowledged.merge(reviewId, 1, Integer::sum);
    }

    /** Segments per owner of a processor's claimed segments. */
    private Map<String, Integer> owners(String processor) {
        Map<String, Integer> owners = new HashMap<>();
        jdbc.query("select owner from token_entry where processor_name = ? and owner is not null",
                rs -> {
                    owners.merge(rs.getString(1), 1, Integer::sum);
                }, processor);
        return owners;
    }

    private boolean ownedOnlyBy(String processor, String ownerPrefix) {
        List<String> owners = jdbc.queryForList("select coalesce(owner, '-') from token_entry where processor_name = ?",
                String.class, processor);
        return !owners.isEmpty() && owners.stream().allMatch(o -> o.startsWith(ownerPrefix));
    }

    /** Every segment of every processor has a token at or past the last stored event. */
    private boolean headReachedByEveryProcessor() throws Exception {
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        for (String p : PROCESSORS) {
            for (byte[] token : jdbc.queryForList("select token from token_entry where processor_name = ?",
                    byte[].class, p)) {
                if (token == null || JSON.readTree(new String(token, StandardCharsets.UTF_8)).path("index").asLong(-1) < head) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<String> history(String reviewId) {
        return jdbc.queryForList("select sequence || ' ' || event_type from review_event_log where review_id = ? "
                + "order by sequence", String.class, reviewId);
    }

    /** A review as its events say it is, computed here from the event store alone. */
    private record Truth(String stage, long version, String selfRating, String voteOutcome, List<String> events) {
    }

    private Truth replay(String reviewId) throws Exception {
        String stage = null;
        String selfRating = null;
        String voteOutcome = null;
        long version = -1;
        List<String> events = new ArrayList<>();
        for (Map<String, Object> e : jdbc.queryForList("select sequence_number, payload_type, payload from "
                + "domain_event_entry where aggregate_identifier = ? order by sequence_number", reviewId)) {
            String type = ((String) e.get("payload_type")).replaceAll(".*\\$", "");
            JsonNode payload = JSON.readTree((byte[]) e.get("payload"));
            version = ((Number) e.get("sequence_number")).longValue();
            events.add(version + " " + type);
            switch (type) {
                case "ReviewOpened" -> stage = "OPENED";
                case "SelfReviewSubmitted" -> {
                    stage = "SELF_REVIEW_SUBMITTED";
                    selfRating = payload.get("selfRating").asText();
                }
                case "OpinionCollectionClosed" -> stage = "OPINIONS_COLLECTED";
                case "ReviewMeetingHeld" -> stage = "MEETING_HELD";
                case "VoteHeld" -> {
                    stage = "VOTED";
                    voteOutcome = payload.get("outcome").asText();
                }
                default -> {
                }
            }
        }
        return new Truth(stage, version, selfRating, voteOutcome, events);
    }
}
