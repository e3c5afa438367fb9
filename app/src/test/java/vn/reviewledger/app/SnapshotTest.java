package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.awaitility.Awaitility;
import java.time.Duration;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/**
 * Snapshots go through Jackson (AXON-NOTES.md): an aggregate that snapshots as {} would break every
 * later command. Here a review is snapshotted every 3 events, and the commands after a snapshot
 * only succeed if its state came back whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "reviewledger.command.snapshot-threshold=3")
@ActiveProfiles("test")
class SnapshotTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReviewSnapshotRoundTripsThroughJackson() throws Exception {
        Api api = new Api(port);
        Scenario scenario = new Scenario(api).cycle2023();
        String id = scenario.member("pm-500", "Lý Thu Trang");
        String r = "/api/reviews/" + id;
        scenario.step("secretary", r + "/discipline", """
                {"imposedOn": "2023-06-01", "form": "KHIEN_TRACH", "selfDiscovered": false}""");
        scenario.step("secretary", r + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
        scenario.step("secretary", r + "/opinions", """
                {"source": "RESIDENCE_CELL", "author": "Chi ủy", "content": "Tốt"}""");

        // Snapshotting runs after the unit of work commits; wait for it rather than sleep.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(id) > 0);
        byte[] payload = jdbc.queryForObject("select payload from snapshot_event_entry where aggregate_identifier = ? "
                + "order by sequence_number desc limit 1", byte[].class, id);
        JsonNode snapshot = new ObjectMapper().readTree(payload);
        assertThat(snapshot.get("stage").asText()).isEqualTo("SELF_REVIEW_SUBMITTED");
        assertThat(snapshot.get("subject").get("name").asText()).isEqualTo("Lý Thu Trang");
        assertThat(snapshot.get("ruleParameters").get("quorumShare").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(snapshot.get("disciplines").size()).isEqualTo(1);

        // Loaded from the snapshot plus the events after it: the opinion source lets collection close ...
        scenario.step("secretary", r + "/opinions/close", "{}");
        scenario.step("secretary", r + "/meeting", """
                {"heldOn": "2023-12-15", "eligible": 10, "present": 10}""");
        scenario.step("secretary", r + "/vote", """
                {"method": "SECRET_BALLOT", "eligible": 10, "present": 10, "votes": {"GOOD": 10}}""");
        // ... and the discipline recorded before the snapshot still caps the rating.
        Api.Response capped = api.as("secretary").post(r + "/proposal", """
                {"rating": "GOOD"}""");
        assertThat(capped.status()).isEqualTo(409);
        assertThat(capped.json().get("rule").asText()).isEqualTo("DISCIPLINE_CAP");
        scenario.step("secretary", r + "/proposal", """
                {"rating": "NOT_COMPLETE", "reason": "Bị kỷ luật khiển trách trong năm"}""");
        assertThat(scenario.review(id).get("stage").asText()).isEqualTo("PROPOSED");
        // A later snapshot was taken from a state that was itself loaded from the first one
        // (Axon keeps only the newest snapshot of an aggregate).
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?", Long.class, id) > 2);
    }

    private long snapshots(String id) {
        return jdbc.queryForObject("select count(*) from snapshot_event_entry where aggregate_identifier = ?",
                Long.class, id);
    }
}
