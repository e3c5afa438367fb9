package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;

/**
 * In headless Chromium, the administrator works the operations screen: sees the event processors
 * with their position, head and lag, rebuilds one and watches its progress bar reach the end,
 * evicts one dead letter (the reason asked for) and retries another once its fault is fixed, runs
 * the consistency check (which names the evicted review), and finds each of those actions, with its
 * reason, in the record. Dead letters come from {@link DeadLetterHttpTest}'s poisoned handler, in a
 * context of this test's own so that test's exact record of actions is not disturbed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {ReviewLedgerApplication.class, OperationsScreenBrowserTest.Poison.class})
@ActiveProfiles("test")
class OperationsScreenBrowserTest {

    @TestConfiguration
    static class Poison {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        DeadLetterHttpTest.PoisonedHandler poisonedHandler() {
            return new DeadLetterHttpTest.PoisonedHandler();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DeadLetterHttpTest.PoisonedHandler poison;
    @TempDir
    Path profiles;

    ChromeDriver admin;

    @BeforeAll
    static void needsChromium() throws IOException {
        BrowserTest.needsChromium();
    }

    @AfterEach
    void quit() {
        if (admin != null) {
            admin.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A wait that, when it times out, says what the screen showed instead. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(admin, BrowserTest.WAIT) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                return new org.openqa.selenium.TimeoutException(message + "\nThe screen showed:\n"
                        + admin.findElement(By.id("main")).getText(), lastException);
            }
        };
        return wait;
    }

    private WebElement row(String table, String attribute, String value) {
        return admin.findElement(By.cssSelector("#" + table + " tr[" + attribute + "='" + value + "']"));
    }

    /** True once no load of the table is under way (its rows are then the latest answer's). */
    private boolean settled(String table) {
        return admin.findElement(By.id(table)).getAttribute("aria-busy") == null;
    }

    private String status() {
        WebElement ok = admin.findElement(By.id("ops-status"));
        return ok.isDisplayed() ? ok.getText() : "";
    }

    /** Opens the reason dialog with {@code button}, writes the reason and confirms. */
    private void confirmWithReason(WebElement button, String reason) {
        button.click();
        WebElement dialog = admin.findElement(By.id("reason-dialog"));
        waiting().until(d -> dialog.isDisplayed());
        admin.findElement(By.id("reason-input")).sendKeys(reason);
        admin.findElement(By.id("reason-confirm")).click();
        waiting().until(d -> !dialog.isDisplayed());
    }

    @Test
    void theAdministratorRebuildsHandlesDeadLettersChecksAndFindsItAllOnRecord() throws IOException {
        ReadScenario scenario = new ReadScenario(new Api(port), LocalDate.now()).open();
        String tag = scenario.organizationId;
        poison.subjects.addAll(Set.of(tag + "-retry", tag + "-evict"));
        String toRetry = scenario.member("cb-vp", "g-vp", tag + "-retry", "Trần Thị Bình");
        String toEvict = scenario.member("cb-vp", "g-vp", tag + "-evict", "Phạm Thị Hương");
        scenario.member("cb-vp", "g-vp", tag + "-ok", "Nguyễn Văn An");

        BrowserTest chrome = new BrowserTest();
        chrome.port = port;
        chrome.profiles = profiles;
        admin = chrome.browser("admin");
        chrome.signIn(admin, "admin");
        // The administrator reaches the screen from the menu.
        admin.findElement(By.linkText("Vận hành")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/ui/ops"));
        assertThat(admin.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(admin.findElement(By.tagName("h1")).getText()).isEqualTo("Vận hành hệ thống");

        // The processors, with where each stands against the newest event.
        for (String name : List.of(ReadModels.REVIEW_VIEW, "cycles")) {
            WebElement processor = row("processors", "data-processor", name);
            waiting().until(d -> processor.getAttribute("data-state") != null);
            assertThat(processor.findElement(By.cssSelector(".state")).getText()).isEqualTo("Đang chạy bình thường");
            assertThat(processor.findElement(By.cssSelector(".head")).getText()).matches("[\\d.]+");
            assertThat(processor.findElement(By.cssSelector(".position")).getText()).matches("[\\d.]+");
            assertThat(processor.findElement(By.cssSelector(".lag")).getText()).matches("[\\d.]+");
            assertThat(processor.findElement(By.cssSelector(".serving")).getText()).isEqualTo("Dữ liệu hiện hành");
        }
        BrowserTest.shot(admin, "30-ops-1280x800");

        // A rebuild, started here, followed to its end.
        WebElement cycles = row("processors", "data-processor", "cycles");
        confirmWithReason(cycles.findElement(By.cssSelector("button.replay")), "Dựng lại sau khi sửa phép chiếu");
        waiting().until(d -> "COMPLETED".equals(cycles.getAttribute("data-state"))
                && "100".equals(cycles.findElement(By.tagName("progress")).getAttribute("value")));
        assertThat(cycles.findElement(By.cssSelector(".state")).getText()).isEqualTo("Đã dựng lại xong");
        assertThat(cycles.findElement(By.cssSelector(".percent")).getText()).isEqualTo("100 %");
        assertThat(cycles.findElement(By.cssSelector(".serving")).getText()).isEqualTo("Bản vừa dựng lại");
        waiting().until(d -> status().contains("Đã dựng lại xong cycles"));

        // Dead letters: the two poisoned reviews, each with what failed.
        admin.findElement(By.id("dead-letters-refresh")).click();
        waiting().until(d -> settled("dead-letters")
                && !d.findElements(By.cssSelector("#dead-letters tr[data-sequence='" + toEvict + "']")).isEmpty()
                && !d.findElements(By.cssSelector("#dead-letters tr[data-sequence='" + toRetry + "']")).isEmpty());
        WebElement evictRow = row("dead-letters", "data-sequence", toEvict);
        assertThat(evictRow.getText()).contains(ReadModels.REVIEW_VIEW, "ReviewOpened",
                "poisoned review of " + tag + "-evict");

        // Evicting asks for a reason, and will not go without one.
        evictRow.findElement(By.cssSelector("button.evict")).click();
        WebElement dialog = admin.findElement(By.id("reason-dialog"));
        waiting().until(d -> dialog.isDisplayed());
        assertThat(admin.findElement(By.id("reason-title")).getText()).contains(toEvict);
        admin.findElement(By.id("reason-confirm")).click();
        assertThat(admin.findElement(By.id("reason-error")).getText()).isEqualTo("Cần ghi lý do.");
        assertThat(dialog.isDisplayed()).isTrue();
        BrowserTest.shot(admin, "31-ops-evict-reason-1280x800");
        admin.findElement(By.id("reason-input")).sendKeys("Hồ sơ nhập nhầm, bỏ qua");
        admin.findElement(By.id("reason-confirm")).click();
        waiting().until(d -> !dialog.isDisplayed());
        waiting().until(d -> settled("dead-letters")
                && d.findElements(By.cssSelector("#dead-letters tr[data-sequence='" + toEvict + "']")).isEmpty());
        assertThat(status()).contains("Đã loại bỏ các sự kiện của hồ sơ " + toEvict);

        // The fault fixed, a retry projects the other review.
        poison.subjects.remove(tag + "-retry");
        confirmWithReason(row("dead-letters", "data-sequence", toRetry).findElement(By.cssSelector("button.retry")),
                "Đã sửa lỗi máy chiếu");
        waiting().until(d -> status().contains("Đã xử lý lại hồ sơ " + toRetry));
        waiting().until(d -> d.findElements(By.cssSelector("#dead-letters tr[data-sequence='" + toRetry + "']")).isEmpty());
        assertThat(new Api(port).as("auditor").get("/api/reviews/" + toRetry).status()).isEqualTo(200);

        // The consistency check names the review whose events were evicted, not the one retried.
        admin.findElement(By.id("consistency-run")).click();
        WebElement summary = admin.findElement(By.id("consistency-summary"));
        waiting().until(d -> summary.isDisplayed());
        assertThat(summary.getText()).contains("hồ sơ", "sự kiện", "khác biệt");
        assertThat(Integer.parseInt(summary.getAttribute("data-differences"))).isPositive();
        String differences = admin.findElement(By.id("consistency-differences")).getText();
        assertThat(differences).contains(toEvict, "review_summary").doesNotContain(toRetry);
        BrowserTest.shot(admin, "32-ops-consistency-1280x800");

        // Each action on record, newest first, with who and why.
        waiting().until(d -> settled("actions") && d.findElements(By.cssSelector("#actions tbody tr")).size() >= 3);
        List<WebElement> actions = admin.findElements(By.cssSelector("#actions tbody tr"));
        assertThat(actions.get(0).getText()).contains("Xử lý lại thư chết", toRetry, "admin (Quản trị)",
                "Đã sửa lỗi máy chiếu", "processed");
        assertThat(actions.get(1).getText()).contains("Loại bỏ thư chết", toEvict, "admin (Quản trị)",
                "Hồ sơ nhập nhầm, bỏ qua");
        assertThat(actions.get(2).getText()).contains("Dựng lại", "cycles", "admin (Quản trị)",
                "Dựng lại sau khi sửa phép chiếu");

        // The same screen in English, the rebuild's outcome included.
        admin.get(url("/ui/ops?lang=en"));
        assertThat(admin.findElement(By.tagName("h1")).getText()).isEqualTo("Operations");
        WebElement rebuilt = row("processors", "data-processor", "cycles");
        waiting().until(d -> rebuilt.getAttribute("data-state") != null);
        assertThat(rebuilt.findElement(By.cssSelector(".state")).getText()).isEqualTo("Rebuilt");
        waiting().until(d -> settled("actions") && !d.findElements(By.cssSelector("#actions tbody tr")).isEmpty());
        assertThat(admin.findElement(By.id("actions")).getText()).contains("Dead letter evicted",
                "Dead letter retried", "Rebuild", "admin (Administrator)");
        BrowserTest.shot(admin, "33-ops-en-1280x800");
    }
}
