package vn.reviewledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * Builds the fixtures of an HTTP test through the public API: a cycle of Regulation 124 with two
 * cells, and reviews in it. Every cycle gets a fresh organization id, so tests never collide.
 */
public final class Scenario {

    private final Api api;
    public final String organizationId = "org-" + UUID.randomUUID().toString().substring(0, 8);
    public String cycleId;

    /** Who records the steps: a secretary whose units hold the reviews (scope, see application-test.yml). */
    private String secretary = "secretary";

    public Scenario(Api api) {
        this.api = api;
    }

    /** The secretary the following steps are recorded by (e.g. the secretary of the root unit). */
    public Scenario withSecretary(String user) {
        this.secretary = user;
        return this;
    }

    public static String cycleJson(String organizationId, int year) {
        return """
                {"organizationId": "%s", "organizationName": "Đảng bộ Khối Cơ quan tỉnh", "year": %d,
                 "units": [{"id": "dbk", "name": "Đảng bộ Khối", "parentId": null},
                           {"id": "cb-1", "name": "Chi bộ Văn phòng", "parentId": "dbk"},
                           {"id": "cb-2", "name": "Chi bộ Tổ chức", "parentId": "dbk"}],
                 "plan": {"SELF_REVIEW_SUBMITTED": "%d-12-05", "OPINIONS_COLLECTED": "%d-12-10",
                          "MEETING_HELD": "%d-12-15", "VOTED": "%d-12-15", "PROPOSED": "%d-12-22",
                          "DECIDED": "%d-12-29", "ANNOUNCED": "%d-01-10"},
                 "quotaGroups": [{"id": "g-cb-1", "name": "Đảng viên Chi bộ Văn phòng", "excellentShareOfGood": 0.2}],
                 "opensOn": "%d-11-20"}
                """.formatted(organizationId, year, year, year, year, year, year, year, year + 1, year);
    }

    public Scenario cycle2023() {
        Api.Response r = api.as("office").post("/api/cycles?wait=true", cycleJson(organizationId, 2023));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        cycleId = r.json().get("cycleId").asText();
        return this;
    }

    /**
     * A Regulation-124 cycle whose plan lies ahead of today, so that no deadline fires while a test
     * runs (entered late, as happens: the year is 2024, the dates are the ones still to come).
     */
    public Scenario organizationIdForFutureCycle() {
        java.time.LocalDate today = java.time.LocalDate.now();
        String body = cycleJson(organizationId, 2024).replaceAll("\"20(24|25)-\\d\\d-\\d\\d\"", "\"DATE\"");
        String[] dates = {today.toString(), today.plusDays(20).toString(), today.plusDays(25).toString(),
                today.plusDays(30).toString(), today.plusDays(30).toString(), today.plusDays(35).toString(),
                today.plusDays(40).toString(), today.plusDays(50).toString()};
        // The plan's seven dates, then opensOn.
        for (int i = 1; i < dates.length; i++) {
            body = body.replaceFirst("\"DATE\"", "\"" + dates[i] + "\"");
        }
        body = body.replaceFirst("\"DATE\"", "\"" + dates[0] + "\"");
        Api.Response r = api.as("office").post("/api/cycles?wait=true", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        cycleId = r.json().get("cycleId").asText();
        return this;
    }

    public String member(String id, String name) {
        return open("""
                {"subject": {"id": "%s", "name": "%s", "kind": "PARTY_MEMBER"}, "unitId": "cb-1",
                 "quotaGroupId": "g-cb-1", "leadershipPost": false, "civilServant": false, "headOfUnit": false,
                 "admittedOn": "2015-03-02"}""".formatted(id, name));
    }

    public String collective(String id, String name) {
        return open("""
                {"subject": {"id": "%s", "name": "%s", "kind": "PARTY_ORGANIZATION"}, "unitId": "cb-1"}"""
                .formatted(id, name));
    }

    public String open(String body) {
        Api.Response r = api.as(secretary).post("/api/cycles/" + cycleId + "/reviews?wait=true", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("reviewId").asText();
    }

    public JsonNode review(String reviewId) {
        Api.Response r = api.as("auditor").get("/api/reviews/" + reviewId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    public JsonNode history(String reviewId) {
        Api.Response r = api.as("auditor").get("/api/reviews/" + reviewId + "/history");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** POSTs a step that must succeed, waiting for the read models. */
    public JsonNode step(String user, String path, String body) {
        Api.Response r = api.as(user).post(path + (path.contains("?") ? "&" : "?") + "wait=true", body);
        assertThat(r.status()).as(path + " -> " + r).isBetween(200, 201);
        return r.json();
    }

    /** Drives a party member from opened to announced with the given rating. */
    public void driveMemberToAnnounced(String reviewId, String rating) {
        driveMemberToProposed(reviewId, rating);
        String r = "/api/reviews/" + reviewId;
        step("office", r + "/decision", """
                {"rating": "%s", "decisionNo": "15-QĐ/ĐU", "decidedOn": "2023-12-28"}""".formatted(rating));
        step(secretary, r + "/announcement", """
                {"announcedOn": "2024-01-05"}""");
    }

    /** Drives a party member (form 02A) or a collective (form 01) up to a proposal of the given rating. */
    public void driveMemberToProposed(String reviewId, String rating) {
        driveToProposed(reviewId, rating, "02A", "RESIDENCE_CELL", "2023-12-04");
    }

    public void driveCollectiveToProposed(String reviewId, String rating) {
        driveToProposed(reviewId, rating, "01", "SUPERIOR", "2023-12-01");
    }

    private void driveToProposed(String reviewId, String rating, String form, String source, String submittedOn) {
        driveToVoted(reviewId, rating, form, source, submittedOn);
        step(secretary, "/api/reviews/" + reviewId + "/proposal", """
                {"rating": "%s", "reason": null}""".formatted(rating));
    }

    public void driveMemberToVoted(String reviewId, String rating) {
        driveToVoted(reviewId, rating, "02A", "RESIDENCE_CELL", "2023-12-04");
    }

    private void driveToVoted(String reviewId, String rating, String form, String source, String submittedOn) {
        String r = "/api/reviews/" + reviewId;
        step(secretary, r + "/self-review", """
                {"form": "%s", "selfRating": "%s", "summary": "Tự đánh giá", "submittedOn": "%s"}"""
                .formatted(form, rating, submittedOn));
        step(secretary, r + "/opinions", """
                {"source": "%s", "author": "Chi ủy khu phố 3", "content": "Gương mẫu nơi cư trú"}""".formatted(source));
        step(secretary, r + "/opinions/close", "{}");
        step(secretary, r + "/meeting", """
                {"heldOn": "2023-12-15", "eligible": 12, "present": 11, "absentWithReason": 1, "minutes": "Biên bản"}""");
        step(secretary, r + "/vote", """
                {"method": "SECRET_BALLOT", "eligible": 12, "present": 11,
                 "votes": {"%s": 11}}""".formatted(rating));
    }

    /** The payload of the last event of that type in the review's history. */
    public JsonNode lastEvent(String reviewId, String type) {
        JsonNode found = null;
        for (JsonNode e : history(reviewId)) {
            if (type.equals(e.get("type").asText())) {
                found = e.get("payload");
            }
        }
        assertThat(found).as(type + " in the history of " + reviewId).isNotNull();
        return found;
    }

    /** The types of the review's events, oldest first. */
    public java.util.List<String> eventTypes(String reviewId) {
        java.util.List<String> types = new java.util.ArrayList<>();
        history(reviewId).forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}
