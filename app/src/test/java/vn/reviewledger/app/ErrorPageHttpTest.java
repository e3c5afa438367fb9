package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.UiSession;

/**
 * A person who mistypes an address or opens a page their role may not see gets the UI's own page,
 * Vietnamese first, English by the UI's switch, with a way back; a program asking the API (by its
 * Accept header or an /api/ path) keeps problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPageHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aBrowserAskingForAMissingPageGetsTheUisPageInVietnameseWithAWayBack() {
        Api.Response r = new UiSession(port).signedIn("admin").open("/ui/no-such-page");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("lang=\"vi\"", "Không tìm thấy trang hoặc hồ sơ này.", "href=\"/\"", "Về trang chính")
                .doesNotContain("\"rule\"", "Not Found");
    }

    @Test
    void theSameLanguageSwitchAsTheUiTurnsTheErrorPageEnglish() {
        UiSession browser = new UiSession(port).signedIn("admin");
        Api.Response en = browser.open("/ui/no-such-page?lang=en");
        assertThat(en.status()).isEqualTo(404);
        assertThat(en.body()).contains("lang=\"en\"", "This page or review was not found.", "Back to the start");
        // The switch is remembered, like on every other screen.
        assertThat(browser.open("/ui/another-missing-page").body()).contains("This page or review was not found.");
        assertThat(browser.open("/ui/another-missing-page?lang=vi").body()).contains("Về trang chính");
    }

    @Test
    void aBrowserRefusedAPageGetsTheUisPageToo() {
        // Neither a screen nor the API: the API's chain refuses every other path.
        Api.Response r = new UiSession(port).signedIn("admin").open("/no-such-screen");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("Vai trò của bạn không được mở trang này.", "Về trang chính");
    }

    @Test
    void anApiPathKeepsProblemJsonEvenForABrowser() {
        Api.Response r = new UiSession(port).signedIn("admin").open("/api/no-such-resource");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("rule").asText()).isEqualTo("NOT_FOUND");
        assertThat(r.json().get("type").asText()).isEqualTo("https://review-ledger.vn/problems/not-found");
    }

    @Test
    void aClientAskingForJsonKeepsProblemJsonForAMissingPage() {
        Api.Response r = new UiSession(port).signedIn("admin").getJson("/ui/no-such-page");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("rule").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anApiClientGetsProblemJsonInItsLanguage() {
        Api api = new Api(port);
        Api.Response vi = api.get("/api/no-such-resource");
        assertThat(vi.status()).isEqualTo(404);
        assertThat(vi.isProblem()).isTrue();
        assertThat(vi.json().get("title").asText()).isEqualTo("Không tìm thấy");
        assertThat(vi.json().get("detail").asText()).contains("/api/no-such-resource");
        Api.Response en = api.header("Accept-Language", "en").get("/api/no-such-resource");
        assertThat(en.json().get("title").asText()).isEqualTo("Not found");
        Api.Response refused = api.as("auditor").header("Accept", "text/html").get("/no-such-screen");
        assertThat(refused.status()).isEqualTo(403);
        // Basic credentials and no session: still a browser's Accept, so still the page.
        assertThat(refused.contentType()).startsWith("text/html");
    }
}
