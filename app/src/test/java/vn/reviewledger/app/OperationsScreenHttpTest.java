package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.UiSession;

/**
 * The operations screen is the administrator's: anyone else signed in is refused with a page in
 * their language, an anonymous visitor is sent to sign in, and the administrator gets the screen in
 * Vietnamese or English, naming the event processors. (The same application as
 * {@link DeadLetterHttpTest}, so the test runs share one context.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {ReviewLedgerApplication.class, DeadLetterHttpTest.Poison.class})
@ActiveProfiles("test")
class OperationsScreenHttpTest {

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        Api.Response r = new UiSession(port).get("/ui/ops");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login");
    }

    @Test
    void everyoneButTheAdministratorIsRefusedAndNotOfferedTheLink() {
        for (String user : List.of("office", "secretary", "auditor")) {
            UiSession session = new UiSession(port).signedIn(user);
            Api.Response r = session.get("/ui/ops?lang=vi");
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.contentType()).as(user).startsWith("text/html");
            assertThat(r.body()).as(user).contains("Trang vận hành chỉ dành cho quản trị viên.")
                    .doesNotContain("data-processor", "ops.js");
            assertThat(session.get("/ui/ops?lang=en").body()).as(user)
                    .contains("The operations screen is for administrators only.");
            String home = user.equals("secretary") ? "/ui/tasks" : "/ui/dashboard";
            assertThat(session.get(home).body()).as(user).doesNotContain("href=\"/ui/ops\"");
            // The data behind the screen stays refused as well, session or not.
            assertThat(session.get("/api/admin/actions").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theAdministratorGetsTheScreenInVietnameseAndInEnglish() {
        UiSession admin = new UiSession(port).signedIn("admin");
        Api.Response vi = admin.get("/ui/ops?lang=vi");
        assertThat(vi.status()).isEqualTo(200);
        assertThat(vi.contentType()).startsWith("text/html");
        assertThat(vi.body()).contains("lang=\"vi\"", "<h1>Vận hành hệ thống</h1>", "Bộ xử lý sự kiện", "Độ trễ",
                "Thư chết", "Đối chiếu dữ liệu", "Nhật ký thao tác quản trị", "data-processor=\"" + ReadModels.REVIEW_VIEW
                        + "\"", "data-processor=\"cycles\"", "href=\"/ui/ops\"", "/assets/ops.js",
                "<meta name=\"_csrf\"")
                .doesNotContain("??", "Operations");
        // Content security policy: no script without a source of its own.
        assertThat(vi.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        assertThat(vi.header("Content-Security-Policy")).contains("script-src 'self'");

        Api.Response en = admin.get("/ui/ops?lang=en");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body()).contains("lang=\"en\"", "<h1>Operations</h1>", "Event processors", "Lag",
                "Dead letters", "Consistency check", "Administrative actions", "Reason (optional)")
                .doesNotContain("??", "Vận hành hệ thống");
    }
}
