package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The read models against the real store (H2, JPA event store, pooled processors): review summaries
 * with their filters, the task list per user, progress rolled up the unit tree with deadline status
 * judged at query time, and rating distribution with quota use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadModelProjectionTest {

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

    @BeforeEach
    void setUp() {
        CLOCK.reset();
        api = new Api(port);
        scenario = new ReadScenario(api, LocalDate.now(CLOCK)).open();
    }

    @AfterEach
    void resetClock() {
        CLOCK.reset();
    }

    /** Three members in the secretary's cell, two in a cell two levels down; one has submitted. */
    private List<String> fiveMembers() {
        List<String> ids = new ArrayList<>();
        ids.add(scenario.member("cb-vp", "g-vp", "vp-1", "Nguyễn Văn An"));
        ids.add(scenario.member("cb-vp", "g-vp", "vp-2", "Trần Thị Bình"));
        ids.add(scenario.member("cb-vp", "g-vp", "vp-3", "Lê Đức Cường"));
        ids.add(scenario.member("cb-sxd-1", "g-sxd", "xd-1", "Phạm Thị Hương"));
        ids.add(scenario.member("cb-sxd-1", "g-sxd", "xd-2", "Đặng Quốc Việt"));
        scenario.selfReview(ids.get(0));
        return ids;
    }

    private JsonNode list(String query) {
        Api.Response r = api.as("auditor").get("/api/reviews?cycleId=" + scenario.cycleId + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode dashboard(String unitId) {
        Api.Response r = api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard"
                + (unitId == null ? "" : "?unitId=" + unitId));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theReviewListFiltersByUnitSubtreeStageAndDeadlineStatusAndPages() {
        List<String> ids = fiveMembers();
        assertThat(list("").get("total").asLong()).isEqualTo(5);
        assertThat(list("&unitId=db-sxd").get("total").asLong()).as("the sub-committee's cell counts").isEqualTo(2);
        assertThat(list("&unitId=cb-vp").get("total").asLong()).isEqualTo(3);
        JsonNode submitted = list("&stage=SELF_REVIEW_SUBMITTED");
        assertThat(submitted.get("total").asLong()).isEqualTo(1);
        assertThat(submitted.get("items").get(0).get("subject").get("name").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(list("&deadlineStatus=OVERDUE").get("total").asLong()).isEqualTo(4);
        assertThat(list("&deadlineStatus=DUE_SOON").get("items").get(0).get("reviewId").asText()).isEqualTo(ids.get(0));
        assertThat(list("&deadlineStatus=ON_TRACK").get("total").asLong()).isZero();

        JsonNode page = list("&size=2&page=1");
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("totalPages").asLong()).isEqualTo(3);
        // Most urgent first: the four overdue before the one due today.
        JsonNode all = list("&size=10");
        assertThat(all.get("items").get(4).get("reviewId").asText()).isEqualTo(ids.get(0));
    }

    @Test
    void badPagingOrFilterValuesAre400ProblemsNever500() {
        for (String query : List.of("&page=-1", "&size=0", "&size=501", "&stage=NOPE", "&deadlineStatus=LATE",
                "&page=abc")) {
            Api.Response r = api.as("auditor").get("/api/reviews?cycleId=" + scenario.cycleId + query);
            assertThat(r.status()).as(query + " " + r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("errors").get(0).get("field").asText()).isNotBlank();
        }
        assertThat(api.as("auditor").get("/api/cycles/nope/dashboard").status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/cycles/" + scenario.cycleId + "/dashboard?unitId=nope").status())
                .isEqualTo(404);
        assertThat(api.as("auditor").get("/api/tasks?size=0").status()).isEqualTo(400);
    }

    @Test
    void theTaskListShowsEachUserTheOpenStepsOfTheirUnitsMostUrgentFirst() {
        List<String> ids = fiveMembers();
        JsonNode secretary = api.as("secretary").get("/api/tasks").json();
        List<String> mine = new ArrayList<>();
        secretary.forEach(t -> {
            if (t.get("cycleId").asText().equals(scenario.cycleId)) {
                mine.add(t.get("reviewId").asText());
            }
        });
        assertThat(mine).containsExactlyInAnyOrder(ids.get(0), ids.get(1), ids.get(2));
        JsonNode first = secretary.get(0);
        assertThat(first.get("deadlineStatus").asText()).isEqualTo("OVERDUE");
        assertThat(first.get("nextStage").asText()).isEqualTo("SELF_REVIEW_SUBMITTED");
        assertThat(first.get("dueDate").asText()).isEqualTo(scenario.today.minusDays(3).toString());
        JsonNode submitted = find(secretary, ids.get(0));
        assertThat(submitted.get("nextStage").asText()).isEqualTo("OPINIONS_COLLECTED");
        assertThat(submitted.get("deadlineStatus").asText()).isEqualTo("DUE_SOON");
        assertThat(submitted.get("subject").get("name").asText()).isEqualTo("Nguyễn Văn An");

        JsonNode office = api.as("office").get("/api/tasks").json();
        assertThat(ids).allSatisfy(id -> assertThat(find(office, id)).as("office sees %s", id).isNotNull());
        assertThat(api.as("auditor").get("/api/tasks").json()).isEmpty();
        JsonNode admin = api.as("admin").get("/api/tasks?size=1000").json();
        assertThat(ids).allSatisfy(id -> assertThat(find(admin, id)).isNotNull());
    }

    private static JsonNode find(JsonNode tasks, String reviewId) {
        for (JsonNode t : tasks) {
            if (t.get("reviewId").asText().equals(reviewId)) {
                return t;
            }
        }
        return null;
    }

    @Test
    void progressIsRolledUpTheWholeTreeWithChildrenListed() {
        fiveMembers();
        JsonNode root = dashboard(null);
        assertThat(root.get("unitId").asText()).isEqualTo("dbk");
        assertThat(root.get("total").asLong()).isEqualTo(5);
        assertThat(root.get("byStage").get("OPENED").asLong()).isEqualTo(4);
        assertThat(root.get("byStage").get("SELF_REVIEW_SUBMITTED").asLong()).isEqualTo(1);
        assertThat(root.get("overdue").asLong()).isEqualTo(4);
        assertThat(root.get("dueSoon").asLong()).isEqualTo(1);
        assertThat(root.get("children")).hasSize(2);
        JsonNode vp = root.get("children").get(0);
        assertThat(vp.get("unitName").asText()).isEqualTo("Chi bộ Văn phòng");
        assertThat(vp.get("total").asLong()).isEqualTo(3);
        JsonNode sxd = root.get("children").get(1);
        assertThat(sxd.get("unitId").asText()).isEqualTo("db-sxd");
        assertThat(sxd.get("total").asLong()).as("its cell's reviews count at the sub-committee").isEqualTo(2);
        assertThat(sxd.get("childCount").asInt()).isEqualTo(1);

        JsonNode sub = dashboard("db-sxd");
        assertThat(sub.get("total").asLong()).isEqualTo(2);
        assertThat(sub.get("children").get(0).get("unitId").asText()).isEqualTo("cb-sxd-1");
        assertThat(sub.get("children").get(0).get("overdue").asLong()).isEqualTo(2);
    }

    @Test
    void theDashboardAsOfAnInstantIsRebuiltFromTheEventStore() throws Exception {
        java.time.Instant beforeCycle = java.time.Instant.now().minusSeconds(3600);
        List<String> ids = fiveMembers();
        java.time.Instant then = java.time.Instant.now();
        Thread.sleep(5);
        scenario.selfReview(ids.get(1));
        scenario.selfReview(ids.get(3));

        JsonNode now = dashboard(null);
        assertThat(now.get("byStage").get("SELF_REVIEW_SUBMITTED").asLong()).isEqualTo(3);
        JsonNode past = api.as("auditor").get("/api/cycles/" + scenario.cycleId + "/dashboard?asOf=" + then).json();
        assertThat(past.get("byStage").get("SELF_REVIEW_SUBMITTED").asLong()).isEqualTo(1);
        assertThat(past.get("byStage").get("OPENED").asLong()).isEqualTo(4);
        assertThat(past.get("overdue").asLong()).isEqualTo(4);
        assertThat(past.get("children").get(1).get("byStage").get("SELF_REVIEW_SUBMITTED").asLong()).isZero();
        // Rebuilt from the store now, the fold agrees with the live projection.
        JsonNode rebuilt = api.as("auditor").get("/api/cycles/" + scenario.cycleId + "/dashboard?asOf="
                + java.time.Instant.now().plusSeconds(1)).json();
        assertThat(rebuilt.get("byStage")).isEqualTo(now.get("byStage"));
        assertThat(rebuilt.get("quota")).isEqualTo(now.get("quota"));
        assertThat(rebuilt.get("overdue")).isEqualTo(now.get("overdue"));
        assertThat(api.as("auditor").get("/api/cycles/" + scenario.cycleId + "/dashboard?asOf=" + beforeCycle)
                .status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/cycles/" + scenario.cycleId + "/dashboard?asOf=yesterday")
                .status()).isEqualTo(400);
    }

    @Test
    void deadlineStatusFollowsTheClockWithoutAnyEvent() {
        List<String> ids = fiveMembers();
        assertThat(api.as("auditor").get("/api/reviews/" + ids.get(0)).json().get("deadlineStatus").asText())
                .isEqualTo("DUE_SOON");
        // Opinions were due "today": a few days later, with nothing recorded, they are overdue.
        CLOCK.advance(Duration.ofDays(4));
        assertThat(api.as("auditor").get("/api/reviews/" + ids.get(0)).json().get("deadlineStatus").asText())
                .isEqualTo("OVERDUE");
        JsonNode root = dashboard(null);
        assertThat(root.get("overdue").asLong()).isEqualTo(5);
        assertThat(root.get("dueSoon").asLong()).isZero();
        assertThat(list("&deadlineStatus=OVERDUE").get("total").asLong()).isEqualTo(5);
    }

    @Test
    void ratingsAndQuotaUseAreCountedPerGroupAndFollowReclassification() {
        List<String> good = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String id = scenario.member("cb-vp", "g-vp", "g-" + i, "Võ Thị Thu " + i);
            scenario.decide(id, "GOOD", i <= 2);
            good.add(id);
        }
        String excellent = scenario.member("cb-vp", "g-vp", "e-1", "Hồ Ngọc Yến");
        scenario.decide(excellent, "EXCELLENT", false);
        String other = scenario.member("cb-sxd-1", "g-sxd", "x-1", "Dương Minh Khánh");

        JsonNode root = dashboard(null);
        assertThat(root.get("ratings").get("GOOD").asLong()).isEqualTo(5);
        assertThat(root.get("ratings").get("EXCELLENT").asLong()).isEqualTo(1);
        assertThat(root.get("completed").asLong()).as("two announced").isEqualTo(2);
        assertThat(root.get("byStage").get("DECIDED").asLong()).isEqualTo(4);
        JsonNode vp = quota(root, "g-vp");
        assertThat(vp.get("good").asLong()).isEqualTo(5);
        assertThat(vp.get("excellent").asLong()).isEqualTo(1);
        assertThat(vp.get("limit").asLong()).isEqualTo(1);
        assertThat(vp.get("name").asText()).isEqualTo("Đảng viên Chi bộ Văn phòng");
        JsonNode sxd = quota(root, "g-sxd");
        assertThat(sxd.get("share").decimalValue()).as("the rule set's default").isEqualByComparingTo("0.2");
        assertThat(sxd.get("good").asLong()).isZero();
        assertThat(quota(dashboard("db-sxd"), "g-vp")).as("a subtree shows its own groups").isNull();

        scenario.step(excellent, "reclassification", """
                {"rating": "GOOD", "decisionNo": "16-QĐ/ĐU", "reason": "Kết luận kiểm tra"}""");
        JsonNode after = dashboard("cb-vp");
        assertThat(after.get("ratings").get("GOOD").asLong()).isEqualTo(6);
        assertThat(after.get("ratings").get("EXCELLENT").asLong()).isZero();
        assertThat(quota(after, "g-vp").get("excellent").asLong()).isZero();
        assertThat(quota(after, "g-vp").get("limit").asLong()).as("floor(0.2 × 6)").isEqualTo(1);
        assertThat(good).hasSize(5);
        assertThat(other).isNotBlank();
    }

    private JsonNode review(String reviewId, String asOf) {
        Api.Response r = api.as("auditor").get("/api/reviews/" + reviewId + (asOf == null ? "" : "?asOf=" + asOf));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode tasks(String user) {
        Api.Response r = api.as(user).get("/api/tasks?size=1000");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode task(JsonNode tasks, String reviewId, String kind) {
        for (JsonNode t : tasks) {
            if (t.get("reviewId").asText().equals(reviewId) && t.get("task").asText().equals(kind)) {
                return t;
            }
        }
        return null;
    }

    private JsonNode consistency() {
        Api.Response r = api.as("admin").get("/api/admin/consistency");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void underRegulation366TheReviewShowsItsScoresAndTheDecisionFollowsAReratingAfterClose() throws Exception {
        ReadScenario reg366 = new ReadScenario(api, scenario.today).open(2025);
        // Opened without a group and outside the political system: form 2C, the unit's default group.
        Api.Response opened = api.as("admin").post("/api/cycles/" + reg366.cycleId + "/reviews?wait=true", """
                {"subject": {"id": "hc-1", "name": "Lý Thị Hồng", "kind": "PARTY_MEMBER"}, "unitId": "cb-vp",
                 "outsidePoliticalSystem": true, "admittedOn": "2001-05-19"}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().get("reviewId").asText();
        JsonNode atOpening = review(id, null);
        assertThat(atOpening.get("outsidePoliticalSystem").asBoolean()).isTrue();
        assertThat(atOpening.get("quotaGroupId").asText()).isEqualTo("unit:cb-vp");
        assertThat(atOpening.get("reratingRequested").asInt()).isZero();
        assertThat(atOpening.get("proposedScore").isNull()).isTrue();

        reg366.step(id, "self-review", """
                {"form": "2C", "selfScore": 86, "summary": "Tự đánh giá", "submittedOn": "%s"}""".formatted(scenario.today));
        reg366.step(id, "opinions/close", "{}");
        reg366.step(id, "meeting", """
                {"heldOn": "%s", "eligible": 12, "present": 11, "absentWithReason": 1}""".formatted(scenario.today));
        reg366.step(id, "vote", """
                {"method": "SECRET_BALLOT", "votes": {"GOOD": 11}}""");
        reg366.step(id, "proposal", """
                {"rating": "GOOD", "score": 84}""");
        reg366.step(id, "decision", """
                {"rating": "GOOD", "decisionNo": "25-QĐ/ĐU", "decidedOn": "%s"}""".formatted(scenario.today));
        JsonNode decided = review(id, null);
        assertThat(decided.get("selfScore").asInt()).isEqualTo(86);
        assertThat(decided.get("proposedScore").asInt()).isEqualTo(84);
        assertThat(decided.get("decidedScore").asInt()).as("the proposal's, when the decision names none").isEqualTo(84);
        reg366.step(id, "announcement", """
                {"announcedOn": "%s"}""".formatted(scenario.today));
        reg366.step(id, "close", """
                {"reason": "Hoàn tất"}""");
        String beforeRerating = java.time.Instant.now().toString();
        Thread.sleep(5);
        reg366.step(id, "reclassification", """
                {"rating": "COMPLETE", "score": 64, "decisionNo": "31-QĐ/ĐU", "reason": "Kết luận kiểm tra"}""");

        JsonNode live = review(id, null);
        assertThat(live.get("stage").asText()).as("a re-rating after close keeps it closed").isEqualTo("CLOSED");
        assertThat(live.get("decidedRating").asText()).isEqualTo("COMPLETE");
        assertThat(live.get("decidedScore").asInt()).isEqualTo(64);
        assertThat(live.get("decisionNo").asText()).isEqualTo("31-QĐ/ĐU");
        assertThat(review(id, java.time.Instant.now().toString())).as("as of now: the live shape, field for field")
                .isEqualTo(live);
        JsonNode before = review(id, beforeRerating);
        assertThat(before.get("decidedRating").asText()).isEqualTo("GOOD");
        assertThat(before.get("decidedScore").asInt()).isEqualTo(84);

        JsonNode group = quota(api.as("office").get("/api/cycles/" + reg366.cycleId + "/dashboard").json(), "unit:cb-vp");
        assertThat(group).as("the unit's default group counts too").isNotNull();
        assertThat(group.get("name").asText()).isEqualTo("Chi bộ Văn phòng");
        assertThat(consistency().get("differenceCount").asInt()).as(consistency().toString()).isZero();
    }

    @Test
    void aDisciplineForAFaultOfAnEarlierYearIsAReratingTaskOfTheOfficeUntilAReclassificationAnswersIt() {
        // The same member in 2023 (decided Good, announced) and in 2024 (Regulation 124).
        String earlier = scenario.member("cb-vp", "g-vp", "rr-1", "Bùi Thanh Tâm");
        scenario.decide(earlier, "GOOD", true);
        ReadScenario next = scenario.sameOrganization().open(2024);
        String later = next.member("cb-vp", "g-vp", "rr-1", "Bùi Thanh Tâm");
        next.step(later, "discipline", """
                {"imposedOn": "%s", "violationOn": "2023-06-10", "form": "KHIEN_TRACH", "dutyRelated": true,
                 "selfDiscovered": false, "remedied": false}""".formatted(scenario.today));

        assertThat(review(earlier, null).get("reratingRequested").asInt()).isEqualTo(1);
        JsonNode rerate = task(tasks("office"), earlier, "RERATE");
        assertThat(rerate).as("the office that decided it re-rates it").isNotNull();
        assertThat(rerate.get("nextStage").isNull()).isTrue();
        assertThat(rerate.get("subject").get("name").asText()).isEqualTo("Bùi Thanh Tâm");
        assertThat(task(tasks("secretary"), earlier, "RERATE")).as("a secretary records steps, not re-ratings").isNull();
        assertThat(task(tasks("office"), later, "STEP")).as("the later review still owes its step").isNotNull();

        scenario.step(earlier, "reclassification", """
                {"rating": "COMPLETE", "decisionNo": "16-QĐ/ĐU", "reason": "Vi phạm năm 2023 bị kỷ luật khiển trách"}""");
        assertThat(review(earlier, null).get("reratingRequested").asInt()).isZero();
        assertThat(task(tasks("office"), earlier, "RERATE")).isNull();
        assertThat(consistency().get("differenceCount").asInt()).as(consistency().toString()).isZero();
    }

    private static JsonNode quota(JsonNode dashboard, String groupId) {
        for (JsonNode q : dashboard.get("quota")) {
            if (q.get("groupId").asText().equals(groupId)) {
                return q;
            }
        }
        return null;
    }
}
