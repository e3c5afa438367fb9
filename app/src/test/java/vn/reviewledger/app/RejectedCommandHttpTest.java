package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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
 * A command that breaks a rule or is malformed is answered with problem+json naming the rule or
 * the field, and changes nothing: the review's version and history stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RejectedCommandHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Scenario scenario;
    String id;
    String path;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new Scenario(api).cycle2023();
        id = scenario.member("pm-100", "Phạm Thị Hương");
        path = "/api/reviews/" + id;
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, id);
    }

    @Test
    void aStepOutOfOrderIsRefusedWithItsRuleAndChangesNothing() {
        JsonNode before = scenario.review(id);
        int historyBefore = scenario.history(id).size();
        long eventsBefore = storedEvents();

        Api.Response r = api.as("secretary").post(path + "/meeting", """
                {"heldOn": "2023-12-15", "eligible": 12, "present": 11, "absentWithReason": 1, "minutes": "..."}""");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.isProblem()).as(r.contentType()).isTrue();
        JsonNode problem = r.json();
        assertThat(problem.get("rule").asText()).isEqualTo("STAGE_ORDER");
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains("Đã mở").contains("Đã xin ý kiến");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at vn.");

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(scenario.review(id).get("version").asLong()).isEqualTo(before.get("version").asLong());
        assertThat(scenario.history(id).size()).isEqualTo(historyBefore);
    }

    @Test
    void aBrokenQuorumNamesTheCountsAndTheLimit() {
        scenario.step("secretary", path + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
        scenario.step("secretary", path + "/opinions", """
                {"source": "RESIDENCE_CELL", "author": "Chi ủy", "content": "Tốt"}""");
        scenario.step("secretary", path + "/opinions/close", "{}");
        long eventsBefore = storedEvents();

        Api.Response r = api.as("secretary").post(path + "/meeting", """
                {"heldOn": "2023-12-15", "eligible": 12, "present": 6}""");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("rule").asText()).isEqualTo("QUORUM");
        assertThat(r.json().get("detail").asText()).contains("6/12").contains("7");
        assertThat(r.json().get("values").get("required").asInt()).isEqualTo(7);
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void englishIsAvailableOnRequest() {
        Api.Response r = api.as("secretary").header("Accept-Language", "en").post(path + "/opinions/close", "{}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asText()).startsWith("This step is not possible yet");
    }

    @Test
    void malformedJsonIs400() {
        long eventsBefore = storedEvents();
        Api.Response r = api.as("secretary").post(path + "/self-review", "{\"form\": \"02A\", ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("rule").asText()).isEqualTo("VALIDATION");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anUnknownEnumValueIs400NamingTheFieldAndTheAllowedValues() {
        Api.Response r = api.as("secretary").post(path + "/opinions", """
                {"source": "NEIGHBOUR", "author": "X", "content": "Y"}""");
        assertThat(r.status()).isEqualTo(400);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("source");
        assertThat(error.get("message").asText()).contains("NEIGHBOUR").contains("RESIDENCE_CELL");
    }

    @Test
    void aMissingFieldIs400NamingTheField() {
        Api.Response r = api.as("secretary").post(path + "/meeting", """
                {"eligible": 12, "present": 11}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("rule").asText()).isEqualTo("VALIDATION");
        assertThat(r.json().get("errors").findValuesAsText("field")).contains("heldOn");
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        Api.Response r = api.as("secretary").post(path + "/meeting", """
                {"heldOn": "2023-12-15", "eligible": "twelve", "present": 11}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsText("field")).contains("eligible");
    }

    @Test
    void aBusinessDateInTheFutureIs400() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        Api.Response r = api.as("secretary").post(path + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "%s"}""".formatted(tomorrow));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsText("field")).contains("submittedOn");
    }

    @Test
    void anUnknownReviewIs404() {
        Api.Response r = api.as("secretary").post("/api/reviews/no-such-review/self-review", """
                {"form": "02A", "selfRating": "GOOD"}""");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("rule").asText()).isEqualTo("NOT_FOUND");
        assertThat(api.as("auditor").get("/api/reviews/no-such-review").status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/reviews/no-such-review/history").status()).isEqualTo(404);
    }

    @Test
    void aStaleIfMatchIs412AndACurrentOneIsAccepted() {
        Api.Response stale = api.as("secretary").header("If-Match", "\"5\"").post(path + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("rule").asText()).isEqualTo("STALE_VERSION");

        String etag = api.as("secretary").get(path).header("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        Api.Response current = api.as("secretary").header("If-Match", etag).post(path + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void anUnknownUnitIs400AndAnUnknownCycle404() {
        Api.Response unit = api.as("secretary").post("/api/cycles/" + scenario.cycleId + "/reviews", """
                {"subject": {"id": "x1", "name": "Đỗ Văn Hải", "kind": "PARTY_MEMBER"}, "unitId": "cb-404"}""");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().get("rule").asText()).isEqualTo("UNKNOWN_UNIT");
        assertThat(unit.json().get("errors").findValuesAsText("field")).contains("unitId");

        Api.Response cycle = api.as("secretary").post("/api/cycles/no-such-cycle/reviews", """
                {"subject": {"id": "x1", "name": "Đỗ Văn Hải", "kind": "PARTY_MEMBER"}, "unitId": "cb-1"}""");
        assertThat(cycle.status()).isEqualTo(404);
        assertThat(cycle.json().get("rule").asText()).isEqualTo("CYCLE_NOT_FOUND");
    }

    @Test
    void theSameSubjectCannotBeOpenedTwiceInOnePlace() {
        Api.Response again = api.as("secretary").post("/api/cycles/" + scenario.cycleId + "/reviews", """
                {"subject": {"id": "pm-100", "name": "Phạm Thị Hương", "kind": "PARTY_MEMBER"}, "unitId": "cb-1"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("DUPLICATE_REVIEW");
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        Api.Response r = api.as("auditor").get("/api/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
    }
}
