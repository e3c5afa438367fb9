package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ServiceProcess;

/**
 * Crash safety (issue #8, acceptance 1). The packaged application runs as its own process; client
 * threads send a steady load of steps, each with an {@code Idempotency-Key} (also sent as the
 * request id, so its events can be found) and an {@code If-Match}; the process is killed with
 * {@code kill -9} at a seeded random moment and started again on the same database. Then:
 * <ul>
 *   <li>every acknowledged command has its event, at the very sequence number its If-Match promised;</li>
 *   <li>no request id has two events of one type (nothing doubled), also after the commands that
 *       were in flight at the kill are sent again with their keys;</li>
 *   <li>each of those retries ends applied once or replayed (the command had committed before the
 *       kill): none is left "in progress" once its claim is older than the claim timeout;</li>
 *   <li>{@code GET /api/admin/consistency} finds no read-model difference once processors caught up;</li>
 *   <li>deadlines scheduled before the kill, falling due after it, fire exactly once.</li>
 * </ul>
 *
 * <p>Deadlines fire when a due date has ended in the deadline zone. To make "today" end a known
 * number of seconds after the first process starts, the test runs the service in a fixed-offset
 * zone chosen for that ({@code reviewledger.deadlines.zone=+hh:mm:ss}): an ordinary setting, no
 * test hook. Set {@code -Dreviewledger.it.crash.seed=...} to repeat a run's kill moment, and
 * {@code -Dreviewledger.it.crash.args=...} to pass the service more arguments.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int REVIEWS_PER_CLIENT = 3;
    private static final int DEADLINE_REVIEWS = 10;
    /** Deadlines fall due this long after the first start: startup, setup and load fit before it. */
    private static final Duration DEADLINE_AFTER_START =
            Duration.ofSeconds(Long.getLong("reviewledger.it.crash.deadline-after-start", 120));
    /** A claim of an Idempotency-Key this old without an answer was left by the killed process. */
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    private ServiceProcess first;
    private ServiceProcess second;

    /** What the store is called in the figures. */
    protected String storeName() {
        return "H2";
    }

    /** Where both runs keep their state: an H2 file database in a temp dir here; PostgreSQL in the subclass. */
    protected List<String> storeArguments() {
        // A user's own URL, without the WRITE_DELAY=0 of the default one: the application makes every
        // connection write each commit before it returns (H2Durability), or this run loses acknowledged
        // commands, as it did before with H2's default 500 ms delay.
        return List.of("--reviewledger.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath() + "/review-ledger");
    }

    /** Reads the event store directly, once the service has stopped (an H2 file is locked while in use). */
    protected JdbcTemplate storeReader() {
        return new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/review-ledger", "sa", ""));
    }

    @AfterEach
    protected void stopProcesses() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    /** One command sent by a client: its key, where, what, and the version its If-Match names. */
    record Command(String key, String reviewId, String path, String body, long ifMatch) {
    }

    @Test
    void acknowledgedCommandsSurviveKillNineOnceAndReadModelsAndDeadlinesRecover() throws Exception {
        long seed = Long.getLong("reviewledger.it.crash.seed", new Random().nextLong());
        Random random = new Random(seed);
        System.out.printf("Crash (%s): seed %d (repeat with -Dreviewledger.it.crash.seed=%d)%n", storeName(), seed, seed);

        // The deadline zone's "today" ends at deadlineAt: a fixed offset with midnight at that instant.
        Instant launched = Instant.now();
        Instant deadlineAt = launched.plus(DEADLINE_AFTER_START).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        int offset = Math.floorMod(-deadlineAt.getEpochSecond(), 86_400);
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset > 43_200 ? offset - 86_400 : offset);
        LocalDate dueToday = LocalDateTime.ofInstant(deadlineAt.minusSeconds(1), zone).toLocalDate();

        Path jar = ServiceProcess.packaged("reviewledger.it.app-jar", "target/review-ledger.jar");
        List<String> args = new ArrayList<>(storeArguments());
        args.addAll(List.of("--reviewledger.demo.enabled=false",
                "--reviewledger.deadlines.enabled=true",
                "--reviewledger.deadlines.zone=" + zone.getId(),
                "--db-scheduler.polling-interval=1s",
                "--reviewledger.limits.requests-per-minute=0",
                "--reviewledger.command.idempotency-claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                "--logging.level.root=WARN"));
        // Extra service arguments for experiments, e.g. another datasource URL (whitespace-separated).
        String extra = System.getProperty("reviewledger.it.crash.args", "").trim();
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split("\\s+")));
        }
        first = ServiceProcess.start("crash-" + storeName() + "-1", jar, args).awaitHealthy(Duration.ofSeconds(150));
        Api api = new Api(first.port);

        Map<String, Command> acknowledged = new ConcurrentHashMap<>();
        int[] keys = {0};

        // A load cycle whose plan lies ahead (no deadline fires during the load) and a deadline cycle
        // whose first stage is due "today" in the deadline zone.
        String loadCycle = cycle(api, "org-load-" + seed, LocalDate.now(), LocalDate.now().plusDays(20));
        LocalDate opens = (dueToday.isBefore(LocalDate.now()) ? dueToday : LocalDate.now()).minusDays(1);
        String deadlineCycle = cycle(api, "org-deadline-" + seed, opens, dueToday);

        List<String> deadlineReviews = new ArrayList<>();
        for (int i = 0; i < DEADLINE_REVIEWS; i++) {
            deadlineReviews.add(open(api, deadlineCycle, "hd-" + i, "Hạn Định " + i, "setup-" + keys[0]++, acknowledged));
        }
        Map<String, Long> versions = new ConcurrentHashMap<>();
        List<List<String>> owned = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < REVIEWS_PER_CLIENT; i++) {
                String id = open(api, loadCycle, "tl-" + c + "-" + i, "Tải Lượng " + c + "-" + i, "setup-" + keys[0]++,
                        acknowledged);
                String key = "setup-" + keys[0]++;
                Api.Response r = step(api, key, id, "/self-review", """
                        {"form": "2B", "selfScore": 80, "summary": "Tự đánh giá"}""", null);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                acknowledged.put(key, new Command(key, id, "/self-review", null, -1));
                versions.put(id, etag(r));
                mine.add(id);
            }
            owned.add(mine);
        }
        Instant loadStarted = Instant.now();
        long killAfter = Math.min(3_000 + random.nextInt(12_000),
                Duration.between(loadStarted, deadlineAt).minusSeconds(15).toMillis());
        assertThat(killAfter).as("time left before the deadlines fall due; raise "
                + "-Dreviewledger.it.crash.deadline-after-start on a slow machine").isGreaterThan(1_000);

        // The load: each client writes opinions to its own reviews, one after the other.
        List<Command> inFlight = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Object>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                List<String> mine = owned.get(client);
                for (int n = 0; ; n++) {
                    String id = mine.get(n % mine.size());
                    String key = "load-" + client + "-" + n;
                    Command cmd = new Command(key, id, "/opinions", """
                            {"source": "RESIDENCE_CELL", "author": "%s", "content": "Ý kiến nơi cư trú"}"""
                            .formatted(key), versions.get(id));
                    Api.Response r;
                    try {
                        r = step(api, key, id, cmd.path(), cmd.body(), cmd.ifMatch());
                    } catch (IllegalStateException connectionLost) {
                        if (killed.get()) {
                            inFlight.add(cmd);
                            return null;
                        }
                        throw connectionLost;
                    }
                    if (r.status() == 200) {
                        acknowledged.put(key, cmd);
                        versions.put(id, etag(r));
                    } else if (r.status() >= 500 && killed.get()) {
                        // Answered while dying: the outcome is as unknown as a lost connection's.
                        inFlight.add(cmd);
                        return null;
                    } else {
                        throw new AssertionError(key + " -> " + r);
                    }
                }
            }));
        }
        Thread.sleep(killAfter);
        killed.set(true);
        first.kill();
        Instant killedAt = Instant.now();
        clients.shutdown();
        assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).as("clients stopped").isTrue();
        for (Future<Object> client : running) {
            client.get(); // a client that saw anything but success before the kill fails the test here
        }
        assertThat(killedAt).as("the deadlines fall due after the kill").isBefore(deadlineAt);

        // Started again on the same database.
        second = ServiceProcess.start("crash-" + storeName() + "-2", jar, args).awaitHealthy(Duration.ofSeconds(150));
        Duration restart = Duration.between(killedAt, Instant.now());
        Api again = new Api(second.port);

        // The commands in flight at the kill, sent again with their keys: applied now, or replayed
        // (answered before the kill, or applied before it and answered "applied earlier" now) --
        // never applied a second time. A key the killed process had claimed is "in progress" until
        // its claim is older than the claim timeout; the retry is repeated until then (plus a margin).
        Map<String, String> retried = new HashMap<>();
        for (Command cmd : inFlight) {
            Instant giveUp = Instant.now().plus(CLAIM_TIMEOUT).plusSeconds(30);
            String outcome;
            while (true) {
                Api.Response r = step(again, cmd.key(), cmd.reviewId(), cmd.path(), cmd.body(), cmd.ifMatch());
                if (r.status() == 200 && "true".equals(r.header("Idempotent-Replayed"))) {
                    outcome = r.json().path("appliedEarlier").asBoolean() ? "applied-earlier" : "replayed";
                } else if (r.status() == 200) {
                    outcome = "applied";
                } else if (r.status() == 409 && "IDEMPOTENCY_IN_PROGRESS".equals(r.json().path("rule").asText())) {
                    outcome = "in-progress";
                } else if (r.status() == 412) {
                    // The review is not at the version the last acknowledged answer gave: an acknowledged
                    // event is missing (the checks below name it). Counted, not thrown, so the figures print.
                    outcome = "stale";
                } else {
                    throw new AssertionError("retry of " + cmd.key() + " -> " + r);
                }
                if (!"in-progress".equals(outcome) || Instant.now().isAfter(giveUp)) {
                    break;
                }
                Thread.sleep(1_000);
            }
            retried.put(cmd.key(), outcome);
        }

        // Deadlines scheduled before the kill fire after it, once each.
        Awaitility.await("overdue notices after the restart")
                .atMost(Duration.between(Instant.now(), deadlineAt).plusSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> deadlineReviews.stream().allMatch(id -> overdueNotices(again, id) >= 1));
        // A few more scheduler polls: nothing fires twice.
        Thread.sleep(3_000);
        long firedOnce = deadlineReviews.stream().filter(id -> overdueNotices(again, id) == 1).count();
        assertThat(firedOnce).isEqualTo(DEADLINE_REVIEWS);

        // The read models converge to the replayed truth.
        JsonNode[] consistency = new JsonNode[1];
        Awaitility.await("read models equal the replayed store").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    Api.Response r = again.as("admin").get("/api/admin/consistency");
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    consistency[0] = r.json();
                    return consistency[0].get("differenceCount").asInt() == 0;
                });

        // The event store itself, read directly once the service has stopped.
        second.close();
        Map<String, List<String>> byRequest = new HashMap<>();
        Map<String, String> requestAt = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        storeReader().query("select aggregate_identifier, sequence_number, payload_type, meta_data "
                + "from domain_event_entry", rs -> {
            String type = rs.getString(3).replaceAll(".*\\$", "");
            String requestId = readRequestId(rs.getBytes(4));
            String at = rs.getString(1) + "#" + rs.getLong(2);
            byRequest.computeIfAbsent(requestId, k -> new ArrayList<>()).add(type);
            requestAt.put(at, requestId);
            if ("StageOverdue".equals(type)) {
                overdue.merge(rs.getString(1), 1L, Long::sum);
            }
        });
        long found = acknowledged.keySet().stream().filter(byRequest::containsKey).count();
        long doubled = byRequest.entrySet().stream()
                .filter(e -> e.getValue().size() != e.getValue().stream().distinct().count()).count();
        long applied = retried.values().stream().filter("applied"::equals).count();
        long replayed = retried.values().stream().filter("replayed"::equals).count();
        long appliedEarlier = retried.values().stream().filter("applied-earlier"::equals).count();
        long inProgress = retried.values().stream().filter("in-progress"::equals).count();
        long stale = retried.values().stream().filter("stale"::equals).count();

        System.out.printf("Crash (%s): %d commands acknowledged, %d found, %d doubled, %d in flight (%d applied after "
                        + "restart, %d replayed, %d answered applied earlier, %d left in progress, %d refused as stale), "
                        + "%d read-model differences, %d deadlines fired once"
                        + " [seed %d, killed after %d ms of load, restart took %d s, %d events]%n",
                storeName(), acknowledged.size(), found, doubled, inFlight.size(), applied, replayed, appliedEarlier,
                inProgress, stale,
                consistency[0].get("differenceCount").asInt(), firedOnce, seed, killAfter, restart.toSeconds(),
                consistency[0].get("events").asLong());

        assertThat(acknowledged.keySet().stream().filter(k -> !byRequest.containsKey(k)).sorted().toList())
                .as("acknowledged commands without their events").isEmpty();
        assertThat(stale).as("retries refused because the review's version went back").isZero();
        assertThat(retried.entrySet().stream().filter(e -> "in-progress".equals(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList()).as("in-flight keys still in progress after the claim timeout").isEmpty();
        assertThat(doubled).as("request ids with an event type twice").isZero();
        // Each acknowledged opinion is the very event its If-Match promised.
        acknowledged.values().stream().filter(c -> c.ifMatch() >= 0).forEach(c ->
                assertThat(requestAt.get(c.reviewId() + "#" + (c.ifMatch() + 1))).as(c.key()).isEqualTo(c.key()));
        // A retried command applied now, replayed or applied earlier has exactly its one event.
        retried.forEach((key, outcome) -> {
            int events = byRequest.getOrDefault(key, List.of()).size();
            if ("in-progress".equals(outcome) || "stale".equals(outcome)) {
                assertThat(events).as(key + " (claimed before the kill)").isLessThanOrEqualTo(1);
            } else {
                assertThat(events).as(key + " (" + outcome + ")").isEqualTo(1);
            }
        });
        deadlineReviews.forEach(id -> assertThat(overdue.get(id)).as("overdue notices of " + id).isEqualTo(1L));
        assertThat(acknowledged.size()).as("a steady load was acknowledged before the kill")
                .isGreaterThan(DEADLINE_REVIEWS + 2 * CLIENTS * REVIEWS_PER_CLIENT);
    }

    private static String cycle(Api api, String organizationId, LocalDate opensOn, LocalDate firstDue) {
        String body = """
                {"organizationId": "%s", "organizationName": "Đảng bộ Khối Cơ quan tỉnh", "year": %d,
                 "units": [{"id": "dbk", "name": "Đảng bộ Khối", "parentId": null},
                           {"id": "cb-1", "name": "Chi bộ Văn phòng", "parentId": "dbk"}],
                 "plan": {"SELF_REVIEW_SUBMITTED": "%s", "OPINIONS_COLLECTED": "%s", "MEETING_HELD": "%s",
                          "VOTED": "%s", "PROPOSED": "%s", "DECIDED": "%s", "ANNOUNCED": "%s"},
                 "quotaGroups": [{"id": "g-cb-1", "name": "Đảng viên Chi bộ Văn phòng", "excellentShareOfGood": 0.2}],
                 "opensOn": "%s"}""".formatted(organizationId, opensOn.getYear(), firstDue, firstDue.plusDays(20),
                firstDue.plusDays(25), firstDue.plusDays(25), firstDue.plusDays(30), firstDue.plusDays(35),
                firstDue.plusDays(45), opensOn);
        Api.Response r = api.as("office").header("Idempotency-Key", "cycle-" + organizationId)
                .post("/api/cycles?wait=true", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("cycleId").asText();
    }

    private static String open(Api api, String cycleId, String subjectId, String name, String key,
                               Map<String, Command> acknowledged) {
        Api.Response r = api.as("secretary").header("Idempotency-Key", key).header("X-Request-Id", key)
                .post("/api/cycles/" + cycleId + "/reviews", """
                        {"subject": {"id": "%s", "name": "%s", "kind": "PARTY_MEMBER"}, "unitId": "cb-1",
                         "quotaGroupId": "g-cb-1", "admittedOn": "2015-03-02"}""".formatted(subjectId, name));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("reviewId").asText();
        acknowledged.put(key, new Command(key, id, "/reviews", null, -1));
        return id;
    }

    private static Api.Response step(Api api, String key, String reviewId, String path, String body, Long ifMatch) {
        Api a = api.as("secretary").header("Idempotency-Key", key).header("X-Request-Id", key);
        if (ifMatch != null) {
            a = a.header("If-Match", "\"" + ifMatch + "\"");
        }
        return a.post("/api/reviews/" + reviewId + path, body);
    }

    private static long etag(Api.Response r) {
        return Long.parseLong(r.header("ETag").replace("W/", "").replace("\"", ""));
    }

    private static long overdueNotices(Api api, String reviewId) {
        Api.Response r = api.as("auditor").get("/api/reviews/" + reviewId + "/history");
        if (r.status() != 200) {
            return -1;
        }
        long n = 0;
        for (JsonNode e : r.json()) {
            if ("StageOverdue".equals(e.path("type").asText())) {
                n++;
            }
        }
        return n;
    }

    private static String readRequestId(byte[] metaData) {
        if (metaData == null) {
            return null;
        }
        try {
            return JSON.readTree(metaData).path("requestId").asText(null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
