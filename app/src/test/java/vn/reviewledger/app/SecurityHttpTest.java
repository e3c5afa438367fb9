package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/** Who may do what: an auditor reads but never commands; decisions belong to the office. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHttpTest {

    @LocalServerPort
    int port;

    Api api;
    Scenario scenario;
    String id;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new Scenario(api).cycle2023();
        id = scenario.member("pm-300", "Bùi Thanh Sơn");
    }

    @Test
    void withoutCredentialsEverythingButHealthIs401() {
        Api.Response r = api.anonymous().get("/api/reviews/" + id);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("rule").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.anonymous().post("/api/reviews/" + id + "/opinions/close", "{}").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIs401() {
        Api.Response r = api.as("nobody").get("/api/reviews/" + id);
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void anAuditorReadsButCannotCommand() {
        assertThat(api.as("auditor").get("/api/reviews/" + id).status()).isEqualTo(200);
        assertThat(api.as("auditor").get("/api/reviews/" + id + "/history").status()).isEqualTo(200);
        assertThat(api.as("auditor").get("/api/cycles/" + scenario.cycleId).status()).isEqualTo(200);
        Api.Response r = api.as("auditor").post("/api/reviews/" + id + "/self-review", """
                {"form": "02A", "selfRating": "GOOD"}""");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("rule").asText()).isEqualTo("FORBIDDEN");
        assertThat(api.as("auditor").post("/api/cycles", Scenario.cycleJson("org-audit", 2023)).status()).isEqualTo(403);
        assertThat(scenario.review(id).get("version").asLong()).isZero();
    }

    @Test
    void aSecretaryRecordsStepsButCannotDecideOrOpenCycles() {
        assertThat(api.as("secretary").post("/api/cycles", Scenario.cycleJson("org-sec", 2023)).status()).isEqualTo(403);
        assertThat(api.as("secretary").post("/api/reviews/" + id + "/decision", """
                {"rating": "GOOD", "decisionNo": "1"}""").status()).isEqualTo(403);
        assertThat(api.as("secretary").post("/api/cycles/" + scenario.cycleId + "/decisions", """
                {"quotaGroupId": "g-cb-1", "decisionNo": "1", "entries": []}""").status()).isEqualTo(403);
        assertThat(api.as("secretary").post("/api/reviews/" + id + "/self-review", """
                {"form": "02A", "selfRating": "GOOD"}""").status()).isEqualTo(200);
    }

    @Test
    void theActorIsTheSignedInUserWhateverTheBodySays() {
        scenario.step("admin", "/api/reviews/" + id + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "actor": "someone-else", "actorId": "someone-else"}""");
        var last = scenario.history(id).get(1);
        assertThat(last.get("actor").asText()).isEqualTo("admin");
        assertThat(last.get("role").asText()).isEqualTo("ADMIN");
    }
}
