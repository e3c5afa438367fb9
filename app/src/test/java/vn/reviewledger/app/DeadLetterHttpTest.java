package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;

/**
 * A projection that throws on one review's events parks that review's sequence in the dead-letter
 * queue and keeps projecting every other review; an administrator lists, retries and evicts dead
 * letters, and each action is recorded with who did it and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {ReviewLedgerApplication.class, DeadLetterHttpTest.Poison.class})
@ActiveProfiles("test")
class DeadLetterHttpTest {

    static final String GROUP = ReadModels.REVIEW_VIEW;

    /** Test-only handlers: one in the review-view group that fails on chosen reviews, one without reset. */
    @TestConfiguration
    static class Poison {
        /** First in its group, so nothing the real projection does for a poisoned event is kept. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        PoisonedHandler poisonedHandler() {
            return new PoisonedHandler();
        }

        @Bean
        TaskObserver taskObserver() {
            return new TaskObserver();
        }
    }

    /** Throws on every event of a review whose subject is listed (the review id is known only once opened). */
    @ProcessingGroup(GROUP)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class PoisonedHandler {
        final Set<String> subjects = ConcurrentHashMap.newKeySet();
        final Map<String, String> reviews = new ConcurrentHashMap<>();

        @EventHandler
        void on(ReviewEvent event) {
            if (event instanceof ReviewOpened opened && subjects.contains(opened.subject().id())) {
                reviews.put(opened.reviewId(), opened.subject().id());
            }
            String subject = reviews.get(event.reviewId());
            if (subject != null && subjects.contains(subject)) {
                throw new IllegalStateException("poisoned review of " + subject);
            }
        }

        /** Holds nothing a replay would need to empty. */
        @ResetHandler
        void reset() {
        }
    }

    /** A handler of a processor of its own that cannot be reset: that processor must refuse a replay. */
    @ProcessingGroup("observer")
    static class TaskObserver {
        @EventHandler
        void on(ReviewEvent event) {
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    PoisonedHandler poison;

    Api api;
    ReadScenario scenario;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new ReadScenario(api, LocalDate.now()).open();
    }

    private String member(String subjectId, String name) {
        String id = scenario.member("cb-vp", "g-vp", subjectId, name);
        scenario.selfReview(id);
        return id;
    }

    private List<JsonNode> deadLetters(String query) {
        Api.Response r = api.get("/api/admin/dead-letters" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        r.json().forEach(list::add);
        return list;
    }

    private JsonNode deadLetter(String reviewId) {
        return deadLetters("?group=" + GROUP).stream().filter(d -> reviewId.equals(d.get("reviewId").asText()))
                .findFirst().orElse(null);
    }

    @Test
    void aFailingReviewIsParkedTheOthersGoOnAndAnAdministratorRetriesOrEvictsIt() {
        String tag = scenario.organizationId;
        poison.subjects.addAll(Set.of(tag + "-p1", tag + "-p2"));
        String ok1 = member(tag + "-ok1", "Nguyễn Văn An");
        String poisoned = member(tag + "-p1", "Trần Thị Bình");
        String ok2 = member(tag + "-ok2", "Lê Đức Cường");
        String evicted = member(tag + "-p2", "Phạm Thị Hương");
        String ok3 = member(tag + "-ok3", "Hoàng Minh Quân");

        // Everyone else is projected in full; the poisoned reviews are not there at all.
        for (String id : List.of(ok1, ok2, ok3)) {
            assertThat(api.as("auditor").get("/api/reviews/" + id).json().get("stage").asText())
                    .isEqualTo("SELF_REVIEW_SUBMITTED");
        }
        assertThat(api.as("auditor").get("/api/reviews/" + poisoned).status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/reviews/" + evicted).status()).isEqualTo(404);
        // The other processor was not affected by a failure in this one.
        assertThat(deadLetters("?group=cycles")).isEmpty();

        // One entry per review: its opening failed, its self-review waits behind it.
        List<JsonNode> parked = deadLetters("?group=" + GROUP);
        assertThat(parked).extracting(d -> d.get("reviewId").asText()).containsExactlyInAnyOrder(poisoned, evicted);
        JsonNode letter = deadLetter(poisoned);
        assertThat(letter.get("group").asText()).isEqualTo(GROUP);
        assertThat(letter.get("sequence").asText()).isEqualTo(poisoned);
        assertThat(letter.get("eventType").asText()).isEqualTo("ReviewOpened");
        assertThat(letter.get("error").asText()).contains("poisoned review of " + tag + "-p1");
        assertThat(letter.get("count").asLong()).isEqualTo(2);
        assertThat(letter.get("firstSeen").asText()).isNotBlank();
        assertThat(deadLetters("")).extracting(d -> d.get("reviewId").asText()).contains(poisoned, evicted);

        String retry = "/api/admin/dead-letters/" + GROUP + "/" + poisoned + "/retry";
        // Bad requests change nothing and say what is wrong.
        Api.Response noReason = api.post(retry, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.isProblem()).isTrue();
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(api.post(retry, "{\"reason\": \"  \"}").status()).isEqualTo(400);
        Api.Response unknownGroup = api.post("/api/admin/dead-letters/no-such-group/" + poisoned + "/retry",
                Map.of("reason", "thử"));
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.isProblem()).isTrue();
        assertThat(unknownGroup.json().get("detail").asText()).contains("no-such-group");
        assertThat(api.post("/api/admin/dead-letters/" + GROUP + "/" + ok1 + "/retry", Map.of("reason", "thử"))
                .status()).isEqualTo(404);
        assertThat(api.post("/api/admin/dead-letters/" + GROUP + "/" + ok1 + "/evict", Map.of("reason", "thử"))
                .status()).isEqualTo(404);

        // Retried while the handler still fails: the letters stay.
        Api.Response failedAgain = api.post(retry, Map.of("reason", "Thử lại sau khi kiểm tra"));
        assertThat(failedAgain.status()).as(failedAgain.toString()).isEqualTo(200);
        assertThat(failedAgain.json().get("processed").asBoolean()).isFalse();
        assertThat(deadLetter(poisoned).get("count").asLong()).isEqualTo(2);
        assertThat(api.as("auditor").get("/api/reviews/" + poisoned).status()).isEqualTo(404);

        // The fault is fixed: the retry projects both parked events in order, and the letter is gone.
        poison.subjects.remove(tag + "-p1");
        Api.Response processed = api.post(retry, Map.of("reason", "Đã sửa lỗi máy chiếu"));
        assertThat(processed.status()).as(processed.toString()).isEqualTo(200);
        assertThat(processed.json().get("processed").asBoolean()).isTrue();
        assertThat(api.as("auditor").get("/api/reviews/" + poisoned).json().get("stage").asText())
                .isEqualTo("SELF_REVIEW_SUBMITTED");
        assertThat(deadLetter(poisoned)).isNull();
        // And the review is projected normally from then on.
        scenario.step(poisoned, "opinions", """
                {"source": "RESIDENCE_CELL", "author": "Chi ủy khu phố 3", "content": "Gương mẫu"}""");
        scenario.step(poisoned, "opinions/close", "{}");
        assertThat(api.as("auditor").get("/api/reviews/" + poisoned).json().get("stage").asText())
                .isEqualTo("OPINIONS_COLLECTED");
        assertThat(deadLetters("?group=" + GROUP)).hasSize(1);

        // Evicted: gone for good (its events are never projected, short of a replay).
        Api.Response evict = api.post("/api/admin/dead-letters/" + GROUP + "/" + evicted + "/evict",
                Map.of("reason", "Hồ sơ nhập nhầm, bỏ qua"));
        assertThat(evict.status()).as(evict.toString()).isEqualTo(200);
        assertThat(deadLetters("?group=" + GROUP)).isEmpty();
        assertThat(api.as("auditor").get("/api/reviews/" + evicted).status()).isEqualTo(404);
        assertThat(api.post("/api/admin/dead-letters/" + GROUP + "/" + evicted + "/evict",
                Map.of("reason", "lần nữa")).status()).isEqualTo(404);

        // Every action is on record, newest first, with actor, role and reason.
        JsonNode actions = api.get("/api/admin/actions").json();
        List<String> lines = new ArrayList<>();
        actions.forEach(a -> lines.add(a.get("action").asText() + " " + a.get("processor").asText() + " "
                + a.get("target").asText() + " " + a.get("actor").asText() + " " + a.get("role").asText() + " "
                + a.get("reason").asText()));
        assertThat(lines).containsSubsequence(
                "DEAD_LETTER_EVICT " + GROUP + " " + evicted + " admin ADMIN Hồ sơ nhập nhầm, bỏ qua",
                "DEAD_LETTER_RETRY " + GROUP + " " + poisoned + " admin ADMIN Đã sửa lỗi máy chiếu",
                "DEAD_LETTER_RETRY " + GROUP + " " + poisoned + " admin ADMIN Thử lại sau khi kiểm tra");
        assertThat(actions.get(0).get("at").asText()).isNotBlank();
        // The refused requests did nothing, so they are not on record.
        assertThat(lines).hasSize(3);
    }

    @Test
    void onlyAnAdministratorSeesOrTouchesDeadLetters() {
        for (String user : List.of("office", "secretary", "auditor")) {
            assertThat(api.as(user).get("/api/admin/dead-letters").status()).as(user).isEqualTo(403);
            assertThat(api.as(user).get("/api/admin/actions").status()).as(user).isEqualTo(403);
            assertThat(api.as(user).post("/api/admin/dead-letters/" + GROUP + "/x/retry", Map.of("reason", "r"))
                    .status()).as(user).isEqualTo(403);
            assertThat(api.as(user).post("/api/admin/dead-letters/" + GROUP + "/x/evict", Map.of("reason", "r"))
                    .status()).as(user).isEqualTo(403);
        }
        assertThat(api.anonymous().get("/api/admin/dead-letters").status()).isEqualTo(401);
    }

    @Test
    void aProcessorWithAHandlerThatCannotBeResetRefusesAReplay() {
        Api.Response r = api.post("/api/admin/processors/observer/replay", Map.of("reason", "thử"));
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("rule").asText()).isEqualTo("REPLAY_UNSUPPORTED");
        assertThat(api.get("/api/admin/processors/observer/status").json().get("state").asText()).isEqualTo("IDLE");
    }
}
