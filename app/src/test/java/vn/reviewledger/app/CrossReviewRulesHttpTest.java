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

/** The rules no single review can decide, through the whole stack and the real event store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CrossReviewRulesHttpTest {

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

    private String decide(String reviewId, String rating) {
        Api.Response r = api.as("office").post("/api/reviews/" + reviewId + "/decision?wait=true", """
                {"rating": "%s", "decisionNo": "15-QĐ/ĐU", "decidedOn": "2023-12-28"}""".formatted(rating));
        return r.status() == 200 ? "OK" : r.json().get("rule").asText();
    }

    @Test
    void theExcellentQuotaIsCountedOverTheWholeGroupAndABatchIsAllOrNothing() {
        // 10 Good allow 2 Excellent at the default share of 20%.
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            String id = scenario.member("g-" + i, "Nguyễn Văn Tốt " + i);
            scenario.driveMemberToProposed(id, "GOOD");
            entries.append(i == 0 ? "" : ",").append("{\"reviewId\": \"%s\", \"rating\": \"GOOD\"}".formatted(id));
        }
        String e1 = scenario.member("e-1", "Trần Xuất Sắc Một");
        String e2 = scenario.member("e-2", "Trần Xuất Sắc Hai");
        String e3 = scenario.member("e-3", "Trần Xuất Sắc Ba");
        for (String id : new String[] {e1, e2, e3}) {
            scenario.driveMemberToProposed(id, "EXCELLENT");
        }
        // Three Excellent with the ten Good in one decision: refused as a whole.
        String all = entries + ",{\"reviewId\": \"%s\", \"rating\": \"EXCELLENT\"},{\"reviewId\": \"%s\", \"rating\": \"EXCELLENT\"},{\"reviewId\": \"%s\", \"rating\": \"EXCELLENT\"}"
                .formatted(e1, e2, e3);
        long before = events();
        Api.Response refused = api.as("office").post("/api/cycles/" + scenario.cycleId + "/decisions", """
                {"quotaGroupId": "g-cb-1", "decisionNo": "16-QĐ/ĐU", "decidedOn": "2023-12-28", "entries": [%s]}"""
                .formatted(all));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("EXCELLENT_QUOTA");
        assertThat(refused.json().get("values").get("limit").asInt()).isEqualTo(2);
        assertThat(refused.json().get("values").get("excellent").asInt()).isEqualTo(3);
        assertThat(refused.json().get("detail").asText()).contains("Đảng viên Chi bộ Văn phòng");
        assertThat(events()).isEqualTo(before);
        assertThat(scenario.review(e1).get("stage").asText()).isEqualTo("PROPOSED");

        Api.Response batch = api.as("office").post("/api/cycles/" + scenario.cycleId + "/decisions?wait=true", """
                {"quotaGroupId": "g-cb-1", "decisionNo": "16-QĐ/ĐU", "decidedOn": "2023-12-28", "entries": [%s]}"""
                .formatted(entries));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(decide(e1, "EXCELLENT")).isEqualTo("OK");
        assertThat(decide(e2, "EXCELLENT")).isEqualTo("OK");
        assertThat(decide(e3, "EXCELLENT")).isEqualTo("EXCELLENT_QUOTA");
        assertThat(decide(e3, "GOOD")).isEqualTo("OK");
        // Reclassifications move the counts: e3 may now become Excellent once e1 is lowered.
        Api.Response lower = api.as("office").post("/api/reviews/" + e1 + "/reclassification?wait=true", """
                {"rating": "GOOD", "decisionNo": "20-QĐ/ĐU", "reason": "Kết luận kiểm tra"}""");
        assertThat(lower.status()).as(lower.toString()).isEqualTo(200);
        Api.Response raise = api.as("office").post("/api/reviews/" + e3 + "/reclassification?wait=true", """
                {"rating": "EXCELLENT", "decisionNo": "21-QĐ/ĐU", "reason": "Giải quyết khiếu nại"}""");
        assertThat(raise.status()).as(raise.toString()).isEqualTo(200);
        Api.Response third = api.as("office").post("/api/reviews/" + e1 + "/reclassification", """
                {"rating": "EXCELLENT", "decisionNo": "22-QĐ/ĐU", "reason": "Thử lại"}""");
        assertThat(third.json().get("rule").asText()).isEqualTo("EXCELLENT_QUOTA");
    }

    @Test
    void aUnitsCollectiveIsRatedBeforeItsHead_namingTheBlockingReview() {
        String collective = scenario.collective("tc-cb-1", "Chi bộ Văn phòng");
        String head = scenario.open("""
                {"subject": {"id": "bt-1", "name": "Lê Thị Bí Thư", "kind": "PARTY_MEMBER"}, "unitId": "cb-1",
                 "headOfUnit": true}""");
        scenario.driveMemberToProposed(head, "GOOD");
        scenario.driveCollectiveToProposed(collective, "GOOD");

        Api.Response refused = api.as("office").post("/api/reviews/" + head + "/decision", """
                {"rating": "GOOD", "decisionNo": "1"}""");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("UNIT_BEFORE_HEAD");
        assertThat(refused.json().get("values").get("blockingReviewId").asText()).isEqualTo(collective);
        assertThat(refused.json().get("detail").asText()).contains("Chi bộ Văn phòng");

        assertThat(decide(collective, "GOOD")).isEqualTo("OK");
        assertThat(decide(head, "GOOD")).isEqualTo("OK");
    }

    @Test
    void lowerLevelCollectivesAreRatedBeforeTheUpperLevel() {
        String cell = scenario.collective("tc-cb-1", "Chi bộ Văn phòng");
        scenario.driveCollectiveToProposed(cell, "GOOD");
        // The committee's own review is recorded by the secretary of the committee, whose scope holds dbk.
        scenario.withSecretary("secretary-dbk");
        String committee = scenario.open("""
                {"subject": {"id": "tc-dbk", "name": "Đảng bộ Khối", "kind": "PARTY_ORGANIZATION"}, "unitId": "dbk"}""");
        scenario.driveCollectiveToProposed(committee, "GOOD");
        scenario.withSecretary("secretary");

        Api.Response refused = api.as("office").post("/api/reviews/" + committee + "/decision", """
                {"rating": "GOOD", "decisionNo": "1"}""");
        assertThat(refused.json().get("rule").asText()).isEqualTo("LOWER_LEVEL_FIRST");
        assertThat(refused.json().get("values").get("blockingReviewId").asText()).isEqualTo(cell);
        assertThat(decide(cell, "GOOD")).isEqualTo("OK");
        assertThat(decide(committee, "GOOD")).isEqualTo("OK");
    }

    @Test
    void aCollectiveWithADisciplinedMemberCannotBeExcellent() {
        String cell = scenario.collective("tc-cb-1", "Chi bộ Văn phòng");
        String member = scenario.member("kl-1", "Phan Văn Kỷ");
        scenario.step("secretary", "/api/reviews/" + member + "/discipline", """
                {"imposedOn": "2023-05-10", "form": "CANH_CAO", "selfDiscovered": false}""");
        scenario.driveCollectiveToProposed(cell, "GOOD");
        assertThat(decide(cell, "EXCELLENT")).isEqualTo("DISCIPLINED_SUBORDINATE");
        assertThat(decide(cell, "GOOD")).isEqualTo("OK");
    }

    @Test
    void aCivilServantsStateRatingComesFirstAndExcellentNeedsExcellentThere() {
        String id = scenario.open("""
                {"subject": {"id": "cc-1", "name": "Võ Thị Công Chức", "kind": "PARTY_MEMBER"}, "unitId": "cb-2",
                 "civilServant": true}""");
        scenario.driveMemberToVoted(id, "GOOD");
        String proposal = "/api/reviews/" + id + "/proposal";
        // The advisory body verifies against the State rating, so it is needed from the proposal on.
        assertThat(api.as("secretary").post(proposal, """
                {"rating": "GOOD"}""").json().get("rule").asText()).isEqualTo("CIVIL_SERVANT_RATING_MISSING");
        scenario.step("office", "/api/reviews/" + id + "/civil-servant-rating", """
                {"rating": "GOOD", "ratedOn": "2023-12-10"}""");
        assertThat(api.as("secretary").post(proposal, """
                {"rating": "EXCELLENT", "reason": "Thành tích nổi bật"}""").json().get("rule").asText())
                .isEqualTo("CIVIL_SERVANT_EXCELLENT");
        scenario.step("secretary", proposal, """
                {"rating": "GOOD"}""");
        assertThat(decide(id, "EXCELLENT")).isEqualTo("CIVIL_SERVANT_EXCELLENT");
        assertThat(decide(id, "GOOD")).isEqualTo("OK");
    }

    @Test
    void aCollectivesDraftReportGoesOutThreeWorkingDaysBeforeTheMeeting() {
        String cell = scenario.collective("tc-cb-2", "Chi bộ Tổ chức");
        String r = "/api/reviews/" + cell;
        // Wednesday 13 Dec 2023 -> Friday 15 Dec 2023: one working day between.
        scenario.step("secretary", r + "/self-review", """
                {"form": "01", "selfRating": "GOOD", "submittedOn": "2023-12-13"}""");
        scenario.step("secretary", r + "/opinions", """
                {"source": "SUPERIOR", "author": "Ban Thường vụ", "content": "Đồng ý"}""");
        scenario.step("secretary", r + "/opinions/close", "{}");
        Api.Response early = api.as("secretary").post(r + "/meeting", """
                {"heldOn": "2023-12-15", "eligible": 9, "present": 9}""");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asText()).isEqualTo("DRAFT_CIRCULATION");
        assertThat(early.json().get("values").get("workingDays").asInt()).isEqualTo(1);
        // Monday 18 Dec: Thu 14, Fri 15 (and the weekend does not count) -> only 2; Tuesday 19 Dec -> 3.
        assertThat(api.as("secretary").post(r + "/meeting", """
                {"heldOn": "2023-12-18", "eligible": 9, "present": 9}""").json().get("rule").asText())
                .isEqualTo("DRAFT_CIRCULATION");
        scenario.step("secretary", r + "/meeting", """
                {"heldOn": "2023-12-19", "eligible": 9, "present": 9}""");
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
