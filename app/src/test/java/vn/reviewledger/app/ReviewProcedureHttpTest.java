package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/** One individual and one collective review, driven over HTTP from opening to announcement. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewProcedureHttpTest {

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

    @Test
    void aPartyMemberIsReviewedFromOpeningToAnnouncement() {
        String id = scenario.member("pm-001", "Nguyễn Văn An");
        assertThat(scenario.review(id).get("stage").asText()).isEqualTo("OPENED");

        scenario.driveMemberToAnnounced(id, "GOOD");

        JsonNode review = scenario.review(id);
        assertThat(review.get("stage").asText()).isEqualTo("ANNOUNCED");
        assertThat(review.get("subject").get("name").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(review.get("selfRating").asText()).isEqualTo("GOOD");
        assertThat(review.get("voteOutcome").asText()).isEqualTo("GOOD");
        assertThat(review.get("proposedRating").asText()).isEqualTo("GOOD");
        assertThat(review.get("decidedRating").asText()).isEqualTo("GOOD");
        assertThat(review.get("deadlineStatus").asText()).isEqualTo("DONE");
        assertThat(review.get("version").asLong()).isEqualTo(8);
        assertThat(review.get("dueDates").get("MEETING_HELD").asText()).isEqualTo("2023-12-15");

        assertThat(types(scenario.history(id))).containsExactly("ReviewOpened", "SelfReviewSubmitted",
                "OpinionRecorded", "OpinionCollectionClosed", "ReviewMeetingHeld", "VoteHeld", "RatingProposed",
                "RatingDecided", "RatingAnnounced");
    }

    @Test
    void aPartyOrganizationIsReviewedOnForm01WithItsSuperiorsOpinion() {
        String id = scenario.collective("tc-cb-1", "Chi bộ Văn phòng");
        String r = "/api/reviews/" + id;
        Api.Response wrongForm = api.as("secretary").post(r + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "summary": "Báo cáo", "submittedOn": "2023-12-01"}""");
        assertThat(wrongForm.status()).isEqualTo(409);
        assertThat(wrongForm.json().get("rule").asText()).isEqualTo("FORM_MISMATCH");

        scenario.step("secretary", r + "/self-review", """
                {"form": "01", "selfRating": "GOOD", "summary": "Dự thảo báo cáo kiểm điểm", "submittedOn": "2023-12-01"}""");
        scenario.step("secretary", r + "/opinions", """
                {"source": "SUPERIOR", "author": "Ban Thường vụ Đảng ủy Khối", "content": "Đồng ý"}""");
        scenario.step("secretary", r + "/opinions/close", "{}");
        scenario.step("secretary", r + "/meeting", """
                {"heldOn": "2023-12-15", "eligible": 9, "present": 9, "absentWithReason": 0, "minutes": "Biên bản"}""");
        JsonNode vote = scenario.step("secretary", r + "/vote", """
                {"method": "SHOW_OF_HANDS", "eligible": 9, "present": 9, "votes": {"EXCELLENT": 1, "GOOD": 7, "COMPLETE": 1}}""");
        assertThat(vote.get("outcome").asText()).isEqualTo("GOOD");
        assertThat(vote.get("revoteRequired").asBoolean()).isFalse();
        scenario.step("secretary", r + "/proposal", """
                {"rating": "GOOD"}""");
        scenario.step("office", r + "/decision", """
                {"rating": "GOOD", "decisionNo": "20-QĐ/ĐUK", "decidedOn": "2023-12-29"}""");
        scenario.step("secretary", r + "/announcement", """
                {"announcedOn": "2024-01-08"}""");

        JsonNode review = scenario.review(id);
        assertThat(review.get("stage").asText()).isEqualTo("ANNOUNCED");
        assertThat(review.get("subject").get("kind").asText()).isEqualTo("PARTY_ORGANIZATION");
        assertThat(review.get("decidedRating").asText()).isEqualTo("GOOD");
    }

    @Test
    void everyStoredEventCarriesTheActorRoleRequestAndReasonOfItsCommand() throws Exception {
        String id = scenario.member("pm-002", "Trần Thị Bình");
        scenario.driveMemberToAnnounced(id, "GOOD");

        ObjectMapper json = new ObjectMapper();
        List<byte[]> metadata = jdbc.queryForList(
                "select meta_data from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                byte[].class, id);
        assertThat(metadata).hasSize(9);
        for (byte[] m : metadata) {
            JsonNode meta = json.readTree(m);
            assertThat(meta.hasNonNull("actorId")).as(meta.toString()).isTrue();
            assertThat(meta.hasNonNull("actorRole")).as(meta.toString()).isTrue();
            assertThat(meta.hasNonNull("requestId")).as(meta.toString()).isTrue();
            assertThat(meta.has("reason")).as(meta.toString()).isTrue();
        }
        JsonNode history = scenario.history(id);
        assertThat(history.get(0).get("actor").asText()).isEqualTo("secretary");
        assertThat(history.get(0).get("role").asText()).isEqualTo("SECRETARY");
        assertThat(history.get(7).get("type").asText()).isEqualTo("RatingDecided");
        assertThat(history.get(7).get("actor").asText()).isEqualTo("office");
        assertThat(history.get(7).get("role").asText()).isEqualTo("OFFICE");
        assertThat(history.get(7).get("payload").get("decisionNo").asText()).isEqualTo("15-QĐ/ĐU");
    }

    @Test
    void anInconclusiveVoteIsRecordedAndTheMeetingVotesAgain() {
        String id = scenario.member("pm-003", "Lê Văn Cường");
        String r = "/api/reviews/" + id;
        scenario.step("secretary", r + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
        scenario.step("secretary", r + "/opinions", """
                {"source": "RESIDENCE_CELL", "author": "Chi ủy", "content": "Tốt"}""");
        scenario.step("secretary", r + "/opinions/close", "{}");
        scenario.step("secretary", r + "/meeting", """
                {"heldOn": "2023-12-15", "eligible": 10, "present": 9}""");
        JsonNode first = scenario.step("secretary", r + "/vote", """
                {"method": "SECRET_BALLOT", "eligible": 10, "present": 9, "votes": {"EXCELLENT": 2, "GOOD": 2, "COMPLETE": 1}}""");
        assertThat(first.get("revoteRequired").asBoolean()).isTrue();
        assertThat(first.get("outcome").isNull()).isTrue();
        // The DESIGN example: eligible 10, E4 G3 C2 N0 -> 4, then 7 > 5, so GOOD.
        JsonNode second = scenario.step("secretary", r + "/vote", """
                {"method": "SECRET_BALLOT", "eligible": 10, "present": 9, "votes": {"EXCELLENT": 4, "GOOD": 3, "COMPLETE": 2, "NOT_COMPLETE": 0}}""");
        assertThat(second.get("outcome").asText()).isEqualTo("GOOD");
        assertThat(second.get("round").asInt()).isEqualTo(2);
        assertThat(types(scenario.history(id))).endsWith("VoteInconclusive", "VoteHeld");
    }

    static List<String> types(JsonNode history) {
        List<String> types = new ArrayList<>();
        history.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}
