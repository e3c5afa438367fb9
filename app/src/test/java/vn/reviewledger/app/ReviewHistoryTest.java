package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionRecorded;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryEntry;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryFilter;
import vn.reviewledger.query.review.ReviewHistory;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/**
 * One review's history is read from the event store (issue #13, item 3: "a review's history read from
 * the event store (it is the history)"): the same entries whichever way the store is read, the same as
 * the cycle-wide history keeps, and never behind the command that was just answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewHistoryTest {

    @LocalServerPort
    int port;
    @Autowired
    ReviewHistory history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void theStoresRowsAndItsApiGiveTheSameEntries_oldShapesUpcast() throws Exception {
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        String id = scenario.member("hist-1", "Đặng Thị Hồng Nhung");
        scenario.step("secretary", "/api/reviews/" + id + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
        // An opinion in its first shape (one free-text author), as stored before the upcaster existed.
        jdbc.update("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                        + "event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp) "
                        + "values (next value for domain_event_entry_seq, ?, 2, 'Review', ?, ?, null, ?, ?, ?)",
                id, UUID.randomUUID().toString(), OpinionRecorded.class.getName(), ("{\"reviewId\":\"" + id
                        + "\",\"opinionId\":\"old-1\",\"source\":\"RESIDENCE_CELL\",\"author\":\"Lê Văn Tám - "
                        + "Chi ủy khu phố 3\",\"content\":\"Gương mẫu\"}").getBytes(StandardCharsets.UTF_8),
                ("{\"actorId\":\"secretary\",\"actorRole\":\"SECRETARY\",\"actorUnit\":\"cb-vp\",\"requestId\":"
                        + "\"r-old\",\"reason\":\"nhập bù\"}").getBytes(StandardCharsets.UTF_8), Instant.now().toString());
        scenario.step("secretary", "/api/reviews/" + id + "/opinions/close", "{}");

        List<HistoryEntry> rows = history.fromTable(id);
        List<HistoryEntry> api = history.fromStore(id);

        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(HistoryEntry::type)
                .containsExactly("ReviewOpened", "SelfReviewSubmitted", "OpinionRecorded", "OpinionCollectionClosed");
        for (int i = 0; i < rows.size(); i++) {
            HistoryEntry a = rows.get(i);
            HistoryEntry b = api.get(i);
            // Everything but the payload's spelling is equal; the payloads are the same JSON.
            assertThat(withoutPayload(a)).isEqualTo(withoutPayload(b));
            assertThat(json.readTree(a.payload())).isEqualTo(json.readTree(b.payload()));
        }
        HistoryEntry old = rows.get(2);
        assertThat(json.readTree(old.payload()).get("authorName").asText()).isEqualTo("Lê Văn Tám");
        assertThat(json.readTree(old.payload()).has("author")).isFalse();
        assertThat(old.reason()).isEqualTo("nhập bù");
        assertThat(rows.get(1).businessDate()).hasToString("2023-12-04");
        assertThat(rows.get(1).hash()).hasSize(64);
    }

    @Test
    void aReviewsHistoryHasTheCommandJustAnswered_withoutWaitingForTheReadModels() {
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        String id = scenario.member("hist-2", "Vũ Minh Đức");
        Api.Response r = new Api(port).as("secretary").post("/api/reviews/" + id + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-05"}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);

        JsonNode read = scenario.history(id);
        assertThat(read).hasSize(2);
        assertThat(read.get(1).get("type").asText()).isEqualTo("SelfReviewSubmitted");
        assertThat(read.get(1).get("businessDate").asText()).isEqualTo("2023-12-05");
        assertThat(read.get(1).get("payload").get("selfRating").asText()).isEqualTo("GOOD");
    }

    @Test
    void theCycleHistoryKeepsTheSameEntriesAsTheReviewsOwn() throws Exception {
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        String id = scenario.member("hist-3", "Ngô Thị Lan");
        scenario.driveMemberToAnnounced(id, "GOOD");
        List<HistoryEntry> own = history.read(id, HistoryFilter.NONE);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> cycleEntries(scenario, id).size() == own.size());
        List<JsonNode> cycle = cycleEntries(scenario, id);
        JsonNode ownOverHttp = scenario.history(id);
        for (int i = 0; i < own.size(); i++) {
            assertThat(cycle.get(i)).isEqualTo(ownOverHttp.get(i));
        }
        assertThat(history.read(id, new HistoryFilter("office", null, null, null))).extracting(HistoryEntry::type)
                .containsExactly("RatingDecided");
        assertThat(history.read("no-such-review", HistoryFilter.NONE)).isEmpty();
    }

    /** The review's entries in its cycle's history (the read model), in recorded order. */
    private List<JsonNode> cycleEntries(Scenario scenario, String reviewId) {
        Api.Response r = new Api(port).as("auditor").get("/api/cycles/" + scenario.cycleId + "/history?size=500");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> entries = new java.util.ArrayList<>();
        r.json().get("items").forEach(item -> {
            if (reviewId.equals(item.get("reviewId").asText())) {
                entries.add(item);
            }
        });
        entries.sort(java.util.Comparator.comparingLong(e -> e.get("sequence").asLong()));
        return entries;
    }

    private static HistoryEntry withoutPayload(HistoryEntry e) {
        return new HistoryEntry(e.reviewId(), e.sequence(), e.type(), e.occurredAt(), e.actor(), e.role(), e.unit(),
                e.requestId(), e.reason(), e.businessDate(), null, e.hash());
    }
}
