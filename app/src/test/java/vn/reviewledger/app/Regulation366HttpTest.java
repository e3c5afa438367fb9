package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reviewledger.support.Refusals.assertRefused;
import static vn.reviewledger.support.Refusals.storedEvents;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
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
 * A 2025 cycle under Regulation 366-QĐ/TW and Guidance 43-HD/BTCTW, tried over HTTP as a secretary
 * and an office would: a member (form 2B), a cadre (2A), a retired member (2C), a party organization
 * and a leadership collective go from opening to announcement with a score on every step that needs
 * one; and the 2025 rules a user meets first refuse in Vietnamese (English on request), storing
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class Regulation366HttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Scenario scenario;
    String organizationId;
    String cycleId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new Scenario(api);
        organizationId = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.as("office").post("/api/cycles?wait=true", Scenario.cycleJson(organizationId, 2025));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        cycleId = r.json().get("cycleId").asText();
        scenario.cycleId = cycleId;
    }

    // ---- the whole procedure, five subjects ----------------------------------------------------------

    @Test
    void a2025CycleGoesFromOpeningToAnnouncement_forEveryKindOfSubject_withScores() {
        String member = open("dv-01", "Nguyễn Văn An", "PARTY_MEMBER", "cb-1", false, false);
        String cadre = open("cb-01", "Trần Thị Bình", "LEADERSHIP_CADRE", "cb-1", false, false);
        String retired = open("dv-02", "Lê Văn Cường", "PARTY_MEMBER", "cb-1", false, true);
        String cell = open("tc-cb1", "Chi bộ Văn phòng", "PARTY_ORGANIZATION", "cb-1", false, false);
        String standing = open("btv-dbk", "Ban Thường vụ Đảng ủy Khối", "LEADERSHIP_COLLECTIVE", "dbk", false, false);

        selfReview(member, "2B", 84);
        opinions(member, "RESIDENCE_CELL");
        selfReview(cadre, "2A", 86);
        opinions(cadre, "RESIDENCE_CELL", "LEADERSHIP_COLLECTIVE");
        selfReview(retired, "2C", 75);
        opinions(retired); // 2C: the residence cell is their own, no separate comment
        selfReview(cell, "01", 88);
        opinions(cell, "SUPERIOR");
        selfReview(standing, "01", 87);
        opinions(standing, "SUPERIOR");

        for (String id : List.of(member, cadre, retired, cell, standing)) {
            meetingAndVote(id, "GOOD");
        }
        proposal(member, "GOOD", 84);
        proposal(cadre, "GOOD", 86);
        proposal(retired, "GOOD", 75);
        proposal(cell, "GOOD", 88);
        proposal(standing, "GOOD", 87);

        // Guid. 43 §3: the organization waits for every member of its cell.
        Api.Response early = decide(cell, "GOOD", null, null);
        assertRefused(early, 409, "ORGANIZATION_AFTER_MEMBERS");

        for (String id : List.of(member, cadre, retired)) {
            assertThat(decide(id, "GOOD", null, null).status()).isEqualTo(200);
        }
        assertThat(decide(cell, "GOOD", null, null).status()).isEqualTo(200);
        assertThat(decide(standing, "GOOD", null, null).status()).isEqualTo(200);

        for (String id : List.of(member, cadre, retired, cell, standing)) {
            scenario.step("secretary-dbk", "/api/reviews/" + id + "/announcement", """
                    {"announcedOn": "2026-01-08"}""");
            assertThat(scenario.review(id).get("stage").asText()).isEqualTo("ANNOUNCED");
        }
        JsonNode decided = scenario.lastEvent(member, "RatingDecided");
        assertThat(decided.get("score").asInt()).isEqualTo(84);
        assertThat(scenario.lastEvent(retired, "SelfReviewSubmitted").get("form").asText()).isEqualTo("2C");
        assertThat(scenario.lastEvent(cadre, "SelfReviewSubmitted").get("selfRating").asText()).isEqualTo("GOOD");
        assertThat(scenario.review(member).get("decidedScore").asInt()).isEqualTo(84);
        assertThat(scenario.review(member).get("proposedScore").asInt()).isEqualTo(84);
    }

    // ---- what a user meets first ---------------------------------------------------------------------

    @Test
    void the2025Forms_2BIsAccepted_the2023FormIsRefusedInVietnameseAndEnglish_storingNothing() {
        String member = open("dv-10", "Phạm Thị Dung", "PARTY_MEMBER", "cb-1", false, false);
        long before = storedEvents(jdbc, member);
        String body = """
                {"form": "02A", "selfScore": 80, "summary": "Tự kiểm điểm", "submittedOn": "2025-12-04"}""";

        Api.Response vi = api.as("secretary").post("/api/reviews/" + member + "/self-review", body);
        assertRefused(vi, 409, "FORM_MISMATCH");
        assertThat(vi.json().get("detail").asText()).contains("Sai mẫu kiểm điểm").contains("02A").contains("2B");
        Api.Response en = api.as("secretary").header("Accept-Language", "en")
                .post("/api/reviews/" + member + "/self-review", body);
        assertThat(en.json().get("detail").asText()).startsWith("Wrong self-review form").contains("2B");
        assertThat(storedEvents(jdbc, member)).isEqualTo(before);

        Api.Response noScore = api.as("secretary").post("/api/reviews/" + member + "/self-review", """
                {"form": "2B", "selfRating": "GOOD", "summary": "Tự kiểm điểm", "submittedOn": "2025-12-04"}""");
        assertRefused(noScore, 400, "SELF_SCORE_REQUIRED");

        selfReview(member, "2B", 80);
        assertThat(scenario.review(member).get("selfRating").asText()).isEqualTo("GOOD");
    }

    @Test
    void scoresAndBands_aRatingAboveTheBandIsRefused_belowItNeedsAReason() {
        String member = toVoted("dv-20", "Hoàng Văn Em", "EXCELLENT", 93);
        assertRefused(api.as("secretary").post("/api/reviews/" + member + "/proposal", """
                {"rating": "EXCELLENT", "score": 85}"""), 409, "SCORE_BAND");
        proposal(member, "EXCELLENT", 93);

        long before = storedEvents(jdbc, member);
        Api.Response noReason = decide(member, "GOOD", null, null);
        assertRefused(noReason, 409, "BELOW_BAND_REASON_REQUIRED");
        assertThat(noReason.json().get("detail").asText()).contains("93").contains("lý do");
        assertThat(storedEvents(jdbc, member)).isEqualTo(before);

        assertThat(decide(member, "GOOD", null, "Giữ tỷ lệ 20% của nhóm").status()).isEqualTo(200);
        assertThat(scenario.lastEvent(member, "RatingDecided").get("reason").asText()).isEqualTo("Giữ tỷ lệ 20% của nhóm");
    }

    @Test
    void reviewedMeansRated_eightMonthsOfSickLeaveIsStillRatedOnTheWorkDone() {
        String member = open("dv-30", "Vũ Thị Giang", "PARTY_MEMBER", "cb-1", false, false);
        scenario.step("secretary", "/api/reviews/" + member + "/leave", """
                {"startedOn": "2025-01-02", "endedOn": "2025-08-31", "kind": "SICK"}""");
        toVoted(member, "GOOD", 72);
        proposal(member, "GOOD", 72);
        assertThat(decide(member, "GOOD", null, null).status()).isEqualTo(200);
    }

    @Test
    void aComplaintIsTakenFromOpening_andBlocksTheDecisionUntilResolved() {
        String member = open("dv-40", "Đỗ Văn Hải", "PARTY_MEMBER", "cb-1", false, false);
        JsonNode complaint = scenario.step("secretary", "/api/reviews/" + member + "/complaints", """
                {"lodgedBy": "Nguyễn Thị Lan", "content": "Phản ánh về việc kê khai", "lodgedOn": "2025-11-25"}""");
        toVoted(member, "GOOD", 80);
        proposal(member, "GOOD", 80);

        assertRefused(decide(member, "GOOD", null, null), 409, "COMPLAINT_OPEN");

        scenario.step("office", "/api/reviews/" + member + "/complaints/" + complaint.get("complaintId").asText()
                + "/resolution", """
                {"outcome": "REJECTED", "reason": "Đã xác minh, không có cơ sở"}""");
        assertThat(decide(member, "GOOD", null, null).status()).isEqualTo(200);
    }

    @Test
    void aLeadershipCollectiveWithADisciplinedMember_isNotComplete() {
        String cadre = open("cb-50", "Ngô Văn Khánh", "LEADERSHIP_CADRE", "dbk", false, false);
        scenario.step("office", "/api/reviews/" + cadre + "/discipline", """
                {"imposedOn": "2025-06-10", "form": "KHIEN_TRACH", "selfDiscovered": false, "remedied": false}""");
        String standing = open("btv-50", "Ban Thường vụ Đảng ủy Khối", "LEADERSHIP_COLLECTIVE", "dbk", false, false);
        selfReview(standing, "01", 82);
        opinions(standing, "SUPERIOR");
        meetingAndVote(standing, "GOOD");
        proposal(standing, "NOT_COMPLETE", 82, "Có thành viên bị kỷ luật khiển trách");

        Api.Response good = decide(standing, "GOOD", null, null);
        assertRefused(good, 409, "LEADERSHIP_MEMBER_DISCIPLINED");
        assertThat(good.json().get("detail").asText()).contains("Ban Thường vụ Đảng ủy Khối");
        // Confirming the proposal, the decision carries its reason for a rating below the score's band.
        assertThat(decide(standing, "NOT_COMPLETE", null, null).status()).isEqualTo(200);
    }

    @Test
    void aQuotaGroupMayCarryTwentyFivePercent_onlyWithTheCompetentLevelsReason() {
        String body = Scenario.cycleJson("org-" + UUID.randomUUID().toString().substring(0, 8), 2025)
                .replace("\"excellentShareOfGood\": 0.2}", "\"excellentShareOfGood\": 0.25}");
        assertRefused(api.as("office").post("/api/cycles", body), 409, "QUOTA_EXCEPTION_REASON");
        assertRefused(api.as("office").post("/api/cycles", body.replace("0.25}", "0.3, \"exceptionReason\": \"Dẫn đầu\"}")),
                409, "QUOTA_SHARE_LIMIT");
        Api.Response ok = api.as("office").post("/api/cycles?wait=true",
                body.replace("0.25}", "0.25, \"exceptionReason\": \"Đơn vị dẫn đầu phong trào thi đua\"}"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
    }

    @Test
    void aReRatingAfterClose_carriesAScore_andBelongsToTheCompetentLevel() {
        String member = toVoted("dv-60", "Trịnh Văn Long", "GOOD", 80);
        proposal(member, "GOOD", 80);
        assertThat(decide(member, "GOOD", null, null).status()).isEqualTo(200);
        scenario.step("secretary", "/api/reviews/" + member + "/announcement", "{\"announcedOn\": \"2026-01-08\"}");
        scenario.step("secretary", "/api/reviews/" + member + "/close", "{\"reason\": \"Hoàn tất\"}");
        String r = "/api/reviews/" + member + "/reclassification";

        long before = storedEvents(jdbc, member);
        Api.Response bySecretary = api.as("secretary").post(r, """
                {"rating": "COMPLETE", "score": 60, "decisionNo": "03-QĐ/ĐU", "reason": "Phát hiện sai phạm"}""");
        assertThat(bySecretary.status()).as(bySecretary.toString()).isEqualTo(403);
        assertThat(storedEvents(jdbc, member)).isEqualTo(before);
        assertRefused(api.as("office").post(r, """
                {"rating": "COMPLETE", "decisionNo": "03-QĐ/ĐU", "reason": "Phát hiện sai phạm"}"""), 400, "SCORE_REQUIRED");
        scenario.step("office", r, """
                {"rating": "COMPLETE", "score": 60, "decisionNo": "03-QĐ/ĐU", "reason": "Phát hiện sai phạm"}""");

        JsonNode reclassified = scenario.lastEvent(member, "RatingReclassified");
        assertThat(reclassified.get("score").asInt()).isEqualTo(60);
        assertThat(reclassified.get("previousScore").asInt()).isEqualTo(80);
        assertThat(reclassified.get("replacesDecisionNo").asText()).isEqualTo("15-QĐ/ĐU");
        JsonNode review = scenario.review(member);
        assertThat(review.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(review.get("decidedRating").asText()).isEqualTo("COMPLETE");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private String open(String id, String name, String kind, String unit, boolean head, boolean outside) {
        boolean individual = kind.equals("PARTY_MEMBER") || kind.equals("LEADERSHIP_CADRE");
        return scenario.withSecretary("secretary-dbk").open("""
                {"subject": {"id": "%s", "name": "%s", "kind": "%s"}, "unitId": "%s", %s "headOfUnit": %s,
                 "outsidePoliticalSystem": %s, "admittedOn": "2010-05-19"}"""
                .formatted(id, name, kind, unit, individual && unit.equals("cb-1") ? "\"quotaGroupId\": \"g-cb-1\"," : "",
                        head, outside));
    }

    private void selfReview(String id, String form, int score) {
        scenario.step("secretary-dbk", "/api/reviews/" + id + "/self-review", """
                {"form": "%s", "selfScore": %d, "summary": "Tự kiểm điểm năm 2025", "submittedOn": "2025-12-04"}"""
                .formatted(form, score));
    }

    private void opinions(String id, String... sources) {
        for (String source : sources) {
            scenario.step("secretary-dbk", "/api/reviews/" + id + "/opinions", """
                    {"source": "%s", "author": "Chi ủy khu phố 3", "content": "Nhận xét"}""".formatted(source));
        }
        scenario.step("secretary-dbk", "/api/reviews/" + id + "/opinions/close", "{}");
    }

    private void meetingAndVote(String id, String rating) {
        scenario.step("secretary-dbk", "/api/reviews/" + id + "/meeting", """
                {"heldOn": "2025-12-15", "eligible": 12, "present": 11, "absentWithReason": 1, "minutes": "Biên bản"}""");
        scenario.step("secretary-dbk", "/api/reviews/" + id + "/vote", """
                {"method": "SECRET_BALLOT", "votes": {"%s": 11}}""".formatted(rating));
    }

    /** A member of cb-1 (form 2B) opened and brought to a vote of {@code rating}, self-scored {@code score}. */
    private String toVoted(String subjectId, String name, String rating, int score) {
        return toVoted(open(subjectId, name, "PARTY_MEMBER", "cb-1", false, false), rating, score);
    }

    private String toVoted(String id, String rating, int score) {
        selfReview(id, "2B", score);
        opinions(id, "RESIDENCE_CELL");
        meetingAndVote(id, rating);
        return id;
    }

    private void proposal(String id, String rating, int score) {
        proposal(id, rating, score, null);
    }

    private void proposal(String id, String rating, int score, String reason) {
        scenario.step("secretary-dbk", "/api/reviews/" + id + "/proposal", """
                {"rating": "%s", "score": %d, "reason": %s}"""
                .formatted(rating, score, reason == null ? "null" : "\"" + reason + "\""));
    }

    private Api.Response decide(String id, String rating, Integer score, String reason) {
        return api.as("office").post("/api/reviews/" + id + "/decision?wait=true", """
                {"rating": "%s", "decisionNo": "15-QĐ/ĐU", "decidedOn": "2025-12-29", "score": %s, "reason": %s}"""
                .formatted(rating, score, reason == null ? "null" : "\"" + reason + "\""));
    }
}
