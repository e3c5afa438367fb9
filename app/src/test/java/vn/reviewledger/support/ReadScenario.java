package vn.reviewledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cycle for the read side's tests: three levels (the committee, two cells under it, a sub-committee
 * with a cell of its own), the secretary's cell {@code cb-vp} among them, and a plan laid around
 * {@code today}: the self-review was due three days ago, opinions are due today, the meeting in two
 * months.
 */
public final class ReadScenario {

    public final Api api;
    public final String organizationId;
    public final LocalDate today;
    public String cycleId;

    public ReadScenario(Api api, LocalDate today) {
        this(api, today, "org-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private ReadScenario(Api api, LocalDate today, String organizationId) {
        this.api = api;
        this.today = today;
        this.organizationId = organizationId;
    }

    /** The same organization's cycle of {@code year} (not yet opened). */
    public ReadScenario sameOrganization() {
        return new ReadScenario(api, today, organizationId);
    }

    public ReadScenario open() {
        return open(2023);
    }

    /** The same tree and plan for a year of the same organization, under that year's rule set. */
    public ReadScenario open(int year) {
        String body = """
                {"organizationId": "%s", "organizationName": "Đảng bộ Khối Cơ quan tỉnh", "year": %d,
                 "ruleSet": "%s",
                 "units": [{"id": "dbk", "name": "Đảng bộ Khối Cơ quan tỉnh", "parentId": null},
                           {"id": "cb-vp", "name": "Chi bộ Văn phòng", "parentId": "dbk"},
                           {"id": "db-sxd", "name": "Đảng bộ Sở Xây dựng", "parentId": "dbk"},
                           {"id": "cb-sxd-1", "name": "Chi bộ Phòng Quy hoạch", "parentId": "db-sxd"}],
                 "plan": {"SELF_REVIEW_SUBMITTED": "%s", "OPINIONS_COLLECTED": "%s", "MEETING_HELD": "%s",
                          "VOTED": "%s", "PROPOSED": "%s", "DECIDED": "%s", "ANNOUNCED": "%s"},
                 "quotaGroups": [{"id": "g-vp", "name": "Đảng viên Chi bộ Văn phòng", "excellentShareOfGood": 0.2},
                                 {"id": "g-sxd", "name": "Đảng viên Sở Xây dựng", "excellentShareOfGood": null}],
                 "opensOn": "%s"}
                """.formatted(organizationId, year, year >= 2025 ? "REG_366" : "REG_124", today.minusDays(3), today, today.plusDays(60), today.plusDays(60),
                today.plusDays(70), today.plusDays(80), today.plusDays(90), today.minusDays(30));
        Api.Response r = api.as("office").post("/api/cycles?wait=true", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        cycleId = r.json().get("cycleId").asText();
        return this;
    }

    public String member(String unitId, String group, String id, String name) {
        Api.Response r = api.as("admin").post("/api/cycles/" + cycleId + "/reviews?wait=true", """
                {"subject": {"id": "%s", "name": "%s", "kind": "PARTY_MEMBER"}, "unitId": "%s",
                 "quotaGroupId": "%s", "admittedOn": "2015-03-02"}""".formatted(id, name.replace("\"", "\\\""), unitId,
                group));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("reviewId").asText();
    }

    public void step(String reviewId, String path, String body) {
        Api.Response r = api.as("admin").post("/api/reviews/" + reviewId + "/" + path + "?wait=true", body);
        assertThat(r.status()).as(path + " -> " + r).isBetween(200, 201);
    }

    public void selfReview(String reviewId) {
        step(reviewId, "self-review", """
                {"form": "02A", "selfRating": "GOOD", "summary": "Tự đánh giá", "submittedOn": "%s"}""".formatted(today));
    }

    /** Drives a member to the decision of {@code rating}; {@code announce} also announces it. */
    public void decide(String reviewId, String rating, boolean announce) {
        selfReview(reviewId);
        step(reviewId, "opinions", """
                {"source": "RESIDENCE_CELL", "author": "Chi ủy khu phố 3", "content": "Gương mẫu"}""");
        step(reviewId, "opinions/close", "{}");
        step(reviewId, "meeting", """
                {"heldOn": "%s", "eligible": 12, "present": 11, "absentWithReason": 1}""".formatted(today));
        step(reviewId, "vote", """
                {"method": "SECRET_BALLOT", "eligible": 12, "present": 11, "votes": {"%s": 11}}""".formatted(rating));
        step(reviewId, "proposal", """
                {"rating": "%s"}""".formatted(rating));
        step(reviewId, "decision", """
                {"rating": "%s", "decisionNo": "15-QĐ/ĐU", "decidedOn": "%s"}""".formatted(rating, today));
        if (announce) {
            step(reviewId, "announcement", """
                    {"announcedOn": "%s"}""".formatted(today));
        }
    }
}
