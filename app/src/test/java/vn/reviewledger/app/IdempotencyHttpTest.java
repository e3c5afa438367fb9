package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/** A retried POST with the same Idempotency-Key returns the first answer and creates nothing new. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdempotencyHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Scenario scenario;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new Scenario(api).cycle2023();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void aRetriedOpeningReturnsTheFirstAnswerAndCreatesNothing() {
        Api secretary = api.as("secretary").header("Idempotency-Key", "open-pm-200");
        String body = """
                {"subject": {"id": "pm-200", "name": "Vũ Ngọc Lan", "kind": "PARTY_MEMBER"}, "unitId": "cb-1"}""";
        Api.Response first = secretary.post("/api/cycles/" + scenario.cycleId + "/reviews", body);
        long afterFirst = events();
        Api.Response retry = secretary.post("/api/cycles/" + scenario.cycleId + "/reviews", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(afterFirst);
    }

    @Test
    void aRetriedStepIsNotAppliedTwice() {
        String id = scenario.member("pm-201", "Hồ Thị Mai");
        String r = "/api/reviews/" + id;
        scenario.step("secretary", r + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
        Api secretary = api.as("secretary").header("Idempotency-Key", "opinion-1");
        String opinion = """
                {"source": "RESIDENCE_CELL", "author": "Chi ủy", "content": "Tốt"}""";
        Api.Response first = secretary.post(r + "/opinions", opinion);
        Api.Response retry = secretary.post(r + "/opinions", opinion);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, id)).isEqualTo(3);
    }

    @Test
    void aRefusalIsRepliedToo_andTheKeyCannotBeReusedForAnotherRequest() {
        String id = scenario.member("pm-202", "Ngô Quốc Việt");
        Api secretary = api.as("secretary").header("Idempotency-Key", "close-early");
        Api.Response first = secretary.post("/api/reviews/" + id + "/opinions/close", "{}");
        Api.Response retry = secretary.post("/api/reviews/" + id + "/opinions/close", "{}");
        assertThat(first.status()).isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body()).isEqualTo(first.body());

        Api.Response other = secretary.post("/api/reviews/" + id + "/self-review", """
                {"form": "02A", "selfRating": "GOOD"}""");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("rule").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void keysBelongToTheirUser() {
        String body = """
                {"subject": {"id": "pm-203", "name": "Dương Hữu Tâm", "kind": "PARTY_MEMBER"}, "unitId": "cb-1"}""";
        Api.Response bySecretary = api.as("secretary").header("Idempotency-Key", "k-1")
                .post("/api/cycles/" + scenario.cycleId + "/reviews", body);
        Api.Response byOffice = api.as("office").header("Idempotency-Key", "k-1")
                .post("/api/cycles/" + scenario.cycleId + "/reviews", body);
        assertThat(bySecretary.status()).isEqualTo(201);
        // Not a replay of the secretary's answer: the office's own request runs, and finds the review exists.
        assertThat(byOffice.status()).isEqualTo(409);
        assertThat(byOffice.json().get("rule").asText()).isEqualTo("DUPLICATE_REVIEW");
    }
}
