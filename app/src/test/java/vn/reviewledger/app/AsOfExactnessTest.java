package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.MutableClock;
import vn.reviewledger.support.ReadScenario;

/**
 * A review and a dashboard as of an instant are exactly what the live reads answered at that instant:
 * a scripted run records the live answers between its steps, days apart on the injected clock (which
 * also stamps the events), and compares them afterwards, in full, with the as-of answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AsOfExactnessTest {

    static final MutableClock CLOCK = new MutableClock();

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @LocalServerPort
    int port;
    Api api;
    ReadScenario scenario;
    Clock axonClock;

    @BeforeEach
    void setUp() {
        CLOCK.reset();
        // Axon stamps events with its own static clock: point it at the application's, so that a day
        // moved forward for the deadlines is also the day the events are recorded.
        axonClock = GenericEventMessage.clock;
        GenericEventMessage.clock = CLOCK;
        api = new Api(port);
        scenario = new ReadScenario(api, LocalDate.now(CLOCK)).open();
    }

    @AfterEach
    void restoreClocks() {
        GenericEventMessage.clock = axonClock;
        CLOCK.reset();
    }

    /** What the live reads answered at one instant between steps. */
    record Snapshot(Instant at, Map<String, JsonNode> reviews, JsonNode dashboard, JsonNode unitDashboard) {
    }

    private Snapshot snapshot(List<String> ids) {
        Map<String, JsonNode> reviews = new LinkedHashMap<>();
        for (String id : ids) {
            Api.Response r = api.as("office").get("/api/reviews/" + id);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            reviews.put(id, r.json());
        }
        JsonNode dashboard = api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard").json();
        JsonNode unit = api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard?unitId=db-sxd").json();
        Instant at = CLOCK.instant();
        return new Snapshot(at, reviews, dashboard, unit);
    }

    private void advanceDays(int days) {
        CLOCK.advance(Duration.ofDays(days));
    }

    private JsonNode asOf(String path, Instant at) {
        Api.Response r = api.as("auditor").get(path + (path.contains("?") ? "&" : "?") + "asOf=" + at);
        assertThat(r.status()).as(path + " as of " + at + ": " + r).isEqualTo(200);
        return r.json();
    }

    @Test
    void reviewsAndDashboardsAsOfEachInstantEqualTheLiveAnswersThen() {
        Instant beforeAnything = CLOCK.instant().minusSeconds(1);
        List<Snapshot> snapshots = new ArrayList<>();
        String a = scenario.member("cb-vp", "g-vp", "a-1", "Nguyễn Văn An");
        String b = scenario.member("cb-vp", "g-vp", "b-1", "Trần Thị Bình");
        snapshots.add(snapshot(List.of(a, b)));

        advanceDays(1);
        String c = scenario.member("cb-sxd-1", "g-sxd", "c-1", "Phạm Thị Hương");
        scenario.selfReview(a);
        snapshots.add(snapshot(List.of(a, b, c)));

        advanceDays(2);
        scenario.step(a, "opinions", """
                {"source": "RESIDENCE_CELL", "author": "Chi ủy khu phố 3", "content": "Gương mẫu"}""");
        scenario.step(a, "opinions/close", "{}");
        scenario.selfReview(b);
        scenario.step(c, "extensions", """
                {"stage": "SELF_REVIEW_SUBMITTED", "newDueDate": "%s", "reason": "Ốm"}"""
                .formatted(scenario.today.plusDays(10)));
        snapshots.add(snapshot(List.of(a, b, c)));

        advanceDays(6);
        scenario.step(a, "meeting", """
                {"heldOn": "%s", "eligible": 12, "present": 11, "absentWithReason": 1}""".formatted(scenario.today));
        scenario.step(a, "vote", """
                {"method": "SECRET_BALLOT", "eligible": 12, "present": 11, "votes": {"GOOD": 11}}""");
        scenario.step(a, "proposal", """
                {"rating": "GOOD"}""");
        snapshots.add(snapshot(List.of(a, b, c)));

        advanceDays(60);
        scenario.step(a, "decision", """
                {"rating": "GOOD", "decisionNo": "15-QĐ/ĐU", "decidedOn": "%s"}""".formatted(scenario.today));
        scenario.selfReview(c);
        snapshots.add(snapshot(List.of(a, b, c)));

        // The live answers did change from one instant to the next, deadline statuses included.
        assertThat(snapshots.get(0).reviews().get(a)).isNotEqualTo(snapshots.get(1).reviews().get(a));
        assertThat(snapshots.get(0).dashboard()).isNotEqualTo(snapshots.get(4).dashboard());
        List<String> statuses = new ArrayList<>();
        snapshots.forEach(s -> statuses.add(s.reviews().get(b).get("deadlineStatus").asText()));
        assertThat(statuses).as("b's deadline status over time").containsAnyOf("OVERDUE")
                .hasSizeGreaterThan(1);

        for (Snapshot s : snapshots) {
            for (Map.Entry<String, JsonNode> live : s.reviews().entrySet()) {
                assertThat(asOf("/api/reviews/" + live.getKey(), s.at())).as("review %s as of %s", live.getKey(), s.at())
                        .isEqualTo(live.getValue());
            }
            assertThat(asOf("/api/cycles/" + scenario.cycleId + "/dashboard", s.at())).as("dashboard as of %s", s.at())
                    .isEqualTo(s.dashboard());
            assertThat(asOf("/api/cycles/" + scenario.cycleId + "/dashboard?unitId=db-sxd", s.at()))
                    .as("unit dashboard as of %s", s.at()).isEqualTo(s.unitDashboard());
        }

        Api.Response notYet = api.as("auditor").get("/api/reviews/" + c + "?asOf=" + snapshots.get(0).at());
        assertThat(notYet.status()).as("c did not exist yet").isEqualTo(404);
        assertThat(notYet.isProblem()).isTrue();
        assertThat(api.as("auditor").get("/api/reviews/" + a + "?asOf=" + beforeAnything).status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/reviews/" + a + "?asOf=yesterday").status()).isEqualTo(400);
    }
}
