package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/** Stage deadlines on the persistent deadline manager, with the real scheduler polling the database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"reviewledger.deadlines.enabled=true", "db-scheduler.polling-interval=1s"})
@ActiveProfiles("test")
class DeadlineHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineManager deadlineManager;

    @Test
    void thePersistentDeadlineManagerIsInUseNotTheInMemoryOne() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void aPlanDateAlreadyPastRaisesTheOverdueEventWithinSecondsOfOpening() {
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        String id = scenario.member("late-1", "Ngô Thị Trễ Hạn");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> types(scenario.history(id)).contains("StageOverdue"));
        JsonNode history = scenario.history(id);
        JsonNode overdue = entry(history, "StageOverdue");
        assertThat(overdue.get("payload").get("stage").asText()).isEqualTo("SELF_REVIEW_SUBMITTED");
        assertThat(overdue.get("payload").get("dueDate").asText()).isEqualTo("2023-12-05");
        assertThat(overdue.get("actor").asText()).isEqualTo("system");
        assertThat(overdue.get("role").asText()).isEqualTo("SYSTEM");
        assertThat(overdue.get("reason").asText()).isEqualTo("Quá hạn");
        // Past the grace period too: the committee office hears of it. No reminder after the fact.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> types(scenario.history(id)).contains("StageEscalated"));
        assertThat(types(scenario.history(id))).doesNotContain("StageReminderDue");
        assertThat(scenario.review(id).get("deadlineStatus").asText()).isEqualTo("OVERDUE");
        // Events raised by deadline handlers are chained like any other.
        JsonNode verified = new Api(port).as("auditor").get("/api/reviews/" + id + "/verify").json();
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("events").asInt()).isEqualTo(scenario.history(id).size());
    }

    /** One deadline per review: completing a step moves it (one row out, one in) and records no event for it. */
    @Test
    void completingAStageMovesTheReviewsOneDeadlineToTheNextStep() {
        Api api = new Api(port);
        Scenario scenario = new Scenario(api);
        scenario.organizationIdForFutureCycle();
        String id = scenario.member("f-1", "Lý Văn Đúng Hạn");
        List<String> first = pending(id);
        assertThat(first).hasSize(1);

        scenario.step("secretary", "/api/reviews/" + id + "/self-review", """
                {"form": "02A", "selfRating": "GOOD"}""");
        List<String> second = pending(id);
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(types(scenario.history(id))).doesNotContain("StageDeadlinesScheduled");
    }

    /** The review's rows in db-scheduler's table: their ids start with the review's id. */
    private List<String> pending(String reviewId) {
        return jdbc.queryForList("select task_instance from scheduled_tasks where task_instance like ?", String.class,
                reviewId + "/%");
    }

    static List<String> types(JsonNode history) {
        return ReviewProcedureHttpTest.types(history);
    }

    static JsonNode entry(JsonNode history, String type) {
        return entry(history, type, 0);
    }

    static JsonNode entry(JsonNode history, String type, int nth) {
        int seen = 0;
        for (JsonNode e : history) {
            if (e.get("type").asText().equals(type) && seen++ == nth) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " #" + nth + " in " + history);
    }
}
