package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/**
 * {@code GET /api/admin/consistency}: after a few reviews the read models equal the replayed event
 * store; a read-model row altered behind the projections' back is named, and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsistencyHttpTest {

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

    private JsonNode check() {
        Api.Response r = api.as("admin").get("/api/admin/consistency");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void readModelsEqualTheReplayedStoreAndAnAlteredRowIsNamed() {
        String announced = scenario.member("cc-1", "Lê Thị Khớp");
        scenario.driveMemberToAnnounced(announced, "GOOD");
        String voted = scenario.member("cc-2", "Trần Văn Đối");
        scenario.driveMemberToVoted(voted, "EXCELLENT");
        String opened = scenario.member("cc-3", "Phạm Văn Chiếu");

        // Every processor has caught up once nothing differs (the wait=true of the steps covers only some).
        Awaitility.await("read models caught up").atMost(Duration.ofSeconds(30))
                .until(() -> check().get("differenceCount").asInt() == 0);
        JsonNode clean = check();
        assertThat(clean.get("differences")).isEmpty();
        assertThat(clean.get("reviews").asLong()).isGreaterThanOrEqualTo(3);
        // Three openings and the steps of two reviews (at least), plus the cycle.
        assertThat(clean.get("events").asLong()).isGreaterThan(15);
        assertThat(clean.get("checkedAt").asText()).isNotBlank();
        assertThat(scenario.review(opened).get("stage").asText()).isEqualTo("OPENED");

        // Someone edits a read model by hand: the check names exactly that value.
        jdbc.update("update review_summary set stage = 'MEETING_HELD' where review_id = ?", voted);
        JsonNode altered = check();
        assertThat(altered.get("differenceCount").asInt()).as(altered.toString()).isEqualTo(1);
        JsonNode d = altered.get("differences").get(0);
        assertThat(d.get("model").asText()).isEqualTo("review_summary");
        assertThat(d.get("key").asText()).isEqualTo(voted);
        assertThat(d.get("field").asText()).isEqualTo("stage");
        assertThat(d.get("expected").asText()).isEqualTo("VOTED");
        assertThat(d.get("actual").asText()).isEqualTo("MEETING_HELD");

        // A counter off by one is named by its bucket.
        jdbc.update("update review_summary set stage = 'VOTED' where review_id = ?", voted);
        jdbc.update("update unit_progress set reviews = reviews + 1 where cycle_id = ? and stage = 'ANNOUNCED'",
                scenario.cycleId);
        JsonNode counter = check();
        assertThat(counter.get("differenceCount").asInt()).as(counter.toString()).isEqualTo(1);
        JsonNode c = counter.get("differences").get(0);
        assertThat(c.get("model").asText()).isEqualTo("unit_progress");
        assertThat(c.get("key").asText()).isEqualTo(scenario.cycleId + "/cb-1/g-cb-1/ANNOUNCED/GOOD");
        assertThat(c.get("expected").asText()).isEqualTo("1");
        assertThat(c.get("actual").asText()).isEqualTo("2");
        jdbc.update("update unit_progress set reviews = reviews - 1 where cycle_id = ? and stage = 'ANNOUNCED'",
                scenario.cycleId);
    }

    @Test
    void onlyAnAdministratorMayAsk() {
        for (String user : new String[] {"office", "secretary", "auditor"}) {
            Api.Response r = api.as(user).get("/api/admin/consistency");
            assertThat(r.status()).as(user + " -> " + r).isEqualTo(403);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.anonymous().get("/api/admin/consistency").status()).isEqualTo(401);
    }

    @Test
    void theCheckIsDescribedInTheApiDocs() {
        Api.Response docs = api.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/admin/consistency")).isTrue();
    }
}
