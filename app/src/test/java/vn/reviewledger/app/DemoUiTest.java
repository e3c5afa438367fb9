package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.UiSession;

/**
 * With the demo data on a fresh data directory, every screen renders without error in Vietnamese
 * and in English: the dashboard (root and a sub-committee), a unit's list, the task list, a review.
 */
class DemoUiTest {

    private static final Pattern REVIEW_LINK = Pattern.compile("href=\"/ui/reviews/([0-9a-f-]{36})\"");
    private static final Pattern CYCLE = Pattern.compile("<option value=\"([0-9a-f-]{36})\" selected");

    @TempDir
    static Path dataDir;
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(ReviewLedgerApplication.class).run("--server.port=0",
                "--reviewledger.data-dir=" + dataDir.toAbsolutePath(), "--reviewledger.demo.enabled=true",
                "--logging.level.root=WARN");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static Api.Response page(UiSession session, String path) {
        Api.Response r = session.get(path);
        assertThat(r.status()).as(path + " -> " + r.status() + " " + r.header("Location")).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).doesNotContain("Có lỗi", "Something went wrong", "Exception", "??");
        return r;
    }

    @Test
    void theOfficeScreensRenderInBothLanguages() {
        UiSession office = new UiSession(port).signedIn("office");
        Api.Response vi = page(office, "/ui/dashboard?lang=vi");
        assertThat(vi.body()).contains("lang=\"vi\"", "Tiến độ kiểm điểm", "Đảng bộ Khối Cơ quan tỉnh",
                "Chi bộ Văn phòng", "Đảng bộ Sở Xây dựng", "Quá hạn", "Kết quả xếp loại", "<progress", "<meter",
                "<svg");
        Matcher cycle = CYCLE.matcher(vi.body());
        assertThat(cycle.find()).isTrue();
        String cycleId = cycle.group(1);
        page(office, "/ui/dashboard?cycleId=" + cycleId + "&unitId=db-sxd");
        Api.Response list = page(office, "/ui/reviews?cycleId=" + cycleId + "&unitId=cb-vp&deadlineStatus=OVERDUE");
        assertThat(list.body()).contains("Hồ sơ của Chi bộ Văn phòng");

        Api.Response en = page(office, "/ui/dashboard?lang=en");
        assertThat(en.body()).contains("lang=\"en\"", "Review progress", "Overdue", "Ratings", "Excellent quota");
        page(office, "/ui/reviews?cycleId=" + cycleId + "&unitId=db-sxd");
        page(office, "/ui/tasks");
    }

    @Test
    void theSecretaryTaskListAndAReviewRenderInBothLanguages() {
        UiSession secretary = new UiSession(port).signedIn("secretary");
        Api.Response tasks = page(secretary, "/ui/tasks");
        assertThat(tasks.body()).contains("Việc cần làm", "Chi bộ Văn phòng", "Quá hạn");
        assertThat(tasks.body()).doesNotContain("Chi bộ Ban Tổ chức");
        Matcher link = REVIEW_LINK.matcher(tasks.body());
        assertThat(link.find()).isTrue();
        String reviewId = link.group(1);
        Api.Response review = page(secretary, "/ui/reviews/" + reviewId);
        assertThat(review.body()).contains("Các bước và thời hạn", "Diễn biến", "Mở hồ sơ kiểm điểm", "Ghi nhận",
                "data-api=\"/api/reviews/" + reviewId);
        assertThat(review.body()).containsPattern("\\d{2}/\\d{2}/\\d{4}");

        Api.Response en = page(secretary, "/ui/reviews/" + reviewId + "?lang=en");
        assertThat(en.body()).contains("Steps and due dates", "Timeline", "Review opened", "Record");
        assertThat(page(secretary, "/ui/tasks").body()).contains("My tasks", "Overdue");
    }

    @Test
    void theOfficeFindsTheReratingTaskAndTheRegulation366ReviewsShowTheirFormsAndScores() {
        UiSession office = new UiSession(port).signedIn("office");
        Api.Response tasks = page(office, "/ui/tasks?lang=vi");
        Matcher rerate = Pattern.compile("data-review=\"([0-9a-f-]{36})\" data-task=\"RERATE\"").matcher(tasks.body());
        assertThat(rerate.find()).as("the 2023 review re-rated for a fault disciplined in 2024").isTrue();
        assertThat(tasks.body()).contains("Xếp loại lại");
        Api.Response earlier = page(office, "/ui/reviews/" + rerate.group(1));
        assertThat(earlier.body()).contains("id=\"rerating-requested\"", "đề nghị xếp loại lại",
                "data-api=\"/api/reviews/" + rerate.group(1) + "/reclassification");

        String cycle366 = Ids.cycleId("dbk", 2025);
        String proposed = office.get("/api/reviews?cycleId=" + cycle366 + "&stage=PROPOSED&size=50").json()
                .get("items").get(0).get("reviewId").asText();
        Api.Response withScore = page(office, "/ui/reviews/" + proposed);
        assertThat(withScore.body()).contains("Điểm đề xuất", "id=\"proposed-score\"", "Quyết định xếp loại",
                "name=\"score\"", "name=\"reason\"");
        String opened = office.get("/api/reviews?cycleId=" + cycle366 + "&stage=OPENED&size=50").json()
                .get("items").get(0).get("reviewId").asText();
        Api.Response form = page(office, "/ui/reviews/" + opened + "?lang=en");
        assertThat(form.body()).contains("Form 2A", "Form 2B", "Form 2C", "name=\"selfScore\"", "Record a discipline",
                "name=\"violationOn\"", "name=\"dutyRelated\"", "Record as not reviewed")
                .doesNotContain("Form 02A");
    }

    @Test
    void anAuditorReadsAReviewWithoutAForm() {
        UiSession auditor = new UiSession(port).signedIn("auditor");
        Api.Response dashboard = page(auditor, "/ui/dashboard");
        Matcher cycle = CYCLE.matcher(dashboard.body());
        assertThat(cycle.find()).isTrue();
        Api.Response list = page(auditor, "/ui/reviews?cycleId=" + cycle.group(1));
        Matcher link = REVIEW_LINK.matcher(list.body());
        assertThat(link.find()).isTrue();
        Api.Response review = page(auditor, "/ui/reviews/" + link.group(1));
        assertThat(review.body()).doesNotContain("data-api=");
        // Screens share their feature's package with its JSON endpoints; their errors are still pages.
        Api.Response missing = auditor.get("/ui/reviews/no-such-review");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        Api.Response badPage = auditor.get("/ui/reviews?cycleId=x&page=-3");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.contentType()).startsWith("text/html");
    }
}
