package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.review.ReviewCommands.RecordOpinion;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/**
 * The crash window of an {@code Idempotency-Key}, without killing anything: a process that died
 * after claiming a key and before storing its answer leaves the claim as these tests insert it. A
 * retry after {@code idempotency-claim-timeout} (30 s by default) runs the command once if it had
 * not committed, answers "applied earlier" if it had, and a younger claim is still in progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdempotencyRecoveryHttpTest {

    private static final String OPINION = """
            {"source": "RESIDENCE_CELL", "author": "Chi ủy", "content": "Tốt"}""";
    private static final Duration ABANDONED = Duration.ofMinutes(2);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway gateway;
    @Autowired
    CommandBus commandBus;

    Api api;
    String reviewId;
    String path;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Scenario scenario = new Scenario(api).cycle2023();
        reviewId = scenario.member("pm-" + UUID.randomUUID().toString().substring(0, 8), "Lê Thị Hồng");
        scenario.step("secretary", "/api/reviews/" + reviewId + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
        path = "/api/reviews/" + reviewId + "/opinions";
    }

    @Test
    void anAbandonedClaimWhoseCommandNeverCommittedIsTakenOverAndRunsOnce() {
        claimLeftByACrash("crash-not-applied", "token-of-the-dead-request", false, ABANDONED);
        long before = events();

        Api.Response retry = retry("crash-not-applied");
        Api.Response again = retry("crash-not-applied");

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(events()).isEqualTo(before + 1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(retry.body());
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void anAbandonedClaimWhoseCommandCommittedIsAnsweredAppliedEarlierAndNotRunAgain() {
        claimLeftByACrash("crash-applied", "token-of-the-dead-request", false, ABANDONED);
        long before = events();
        // The dead request's command, committed before the crash: its transaction marked the key.
        long version = gateway.sendAndWait(opinion("crash-applied", "token-of-the-dead-request"));
        assertThat(events()).isEqualTo(before + 1);
        assertThat(jdbc.queryForMap("select applied, applied_result, status from idempotency_record "
                + "where principal = 'secretary' and idem_key = 'crash-applied'"))
                .containsEntry("APPLIED", true).containsEntry("APPLIED_RESULT", String.valueOf(version))
                .containsEntry("STATUS", null);

        Api.Response retry = retry("crash-applied");
        Api.Response again = retry("crash-applied");

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("appliedEarlier").asBoolean()).isTrue();
        assertThat(retry.json().get("result").asLong()).isEqualTo(version);
        assertThat(again.body()).isEqualTo(retry.body());
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void aYoungClaimIsStillInProgress() {
        claimLeftByACrash("still-running", "token-of-a-live-request", false, Duration.ZERO);
        long before = events();

        Api.Response retry = retry("still-running");

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("rule").asText()).isEqualTo("IDEMPOTENCY_IN_PROGRESS");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theMarkAndTheEventsShareOneTransaction() {
        claimLeftByACrash("fails-late", "token-1", false, Duration.ZERO);
        long before = events();
        AtomicReference<Map<String, Object>> inside = new AtomicReference<>();
        // Fails the commit at its very end: after the events were appended and the key marked.
        MessageHandlerInterceptor<CommandMessage<?>> failLast = (unitOfWork, chain) -> {
            Object result = chain.proceed();
            unitOfWork.onPrepareCommit(u -> u.onPrepareCommit(last -> {
                inside.set(Map.of("events", events(), "applied", applied("fails-late")));
                throw new IllegalStateException("the database went away");
            }));
            return result;
        };
        Registration registration = commandBus.registerHandlerInterceptor(failLast);
        try {
            assertThatThrownBy(() -> gateway.sendAndWait(opinion("fails-late", "token-1")))
                    .hasMessageContaining("the database went away");
        } finally {
            registration.cancel();
        }

        assertThat(inside.get()).containsEntry("events", before + 1).containsEntry("applied", true);
        assertThat(events()).isEqualTo(before);
        assertThat(applied("fails-late")).isFalse();
    }

    @Test
    void aRequestWhoseClaimWasTakenOverIsRolledBack() {
        claimLeftByACrash("taken-over", "token-of-the-retry", false, Duration.ZERO);
        long before = events();

        assertThatThrownBy(() -> gateway.sendAndWait(opinion("taken-over", "token-of-the-slow-request")))
                .hasMessageContaining("taken over");

        assertThat(events()).isEqualTo(before);
        assertThat(applied("taken-over")).isFalse();
    }

    private void claimLeftByACrash(String key, String token, boolean applied, Duration age) {
        jdbc.update("insert into idempotency_record (principal, idem_key, fingerprint, claim_token, applied, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)", "secretary", key, fingerprint(path, OPINION), token, applied,
                Timestamp.from(Instant.now().minus(age)));
    }

    private Api.Response retry(String key) {
        return api.as("secretary").header("Idempotency-Key", key).header("X-Request-Id", key).post(path, OPINION);
    }

    /** The command a request holding the claim sends, with the metadata CommandMetadata gives it. */
    private CommandMessage<?> opinion(String key, String token) {
        return GenericCommandMessage.asCommandMessage(new RecordOpinion(reviewId, null, UUID.randomUUID().toString(),
                OpinionSource.RESIDENCE_CELL, "Chi ủy", null, "Tốt")).andMetaData(MetaData.from(Map.of(
                AuditKeys.ACTOR_ID, "secretary", AuditKeys.ACTOR_ROLE, "SECRETARY", AuditKeys.ACTOR_UNIT, "cb-1,cb-2,cb-vp",
                AuditKeys.REQUEST_ID, key, AuditKeys.CLIENT_TIME, "", AuditKeys.REASON, "",
                AuditKeys.IDEMPOTENCY_PRINCIPAL, "secretary", AuditKeys.IDEMPOTENCY_KEY, key,
                AuditKeys.IDEMPOTENCY_CLAIM, token)));
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, reviewId);
    }

    private boolean applied(String key) {
        return jdbc.queryForObject("select applied from idempotency_record where principal = 'secretary' "
                + "and idem_key = ?", Boolean.class, key);
    }

    /** The filter's fingerprint of a request: a wrong one would make the retry a reused key (and fail). */
    private static String fingerprint(String uri, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(uri.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update("null".getBytes(StandardCharsets.UTF_8)); // no query string
            sha.update((byte) 0);
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
