package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;

/**
 * In headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded): a secretary
 * signs in and advances a review one step through its form, seeing a wrong date and a rule error
 * inline on the way, while the committee office's open dashboard shows the change without a reload.
 * Screenshots at 1280×800 and at phone width go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @TempDir
    Path profiles;

    ChromeDriver office;
    ChromeDriver secretary;

    @BeforeAll
    static void needsChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
                        + "(apt-get install chromium chromium-driver; .ci/run does it)");
        // The driver is named, so Selenium Manager is never asked to find or download one.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void quit() {
        for (WebDriver d : new WebDriver[] {office, secretary}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    ChromeDriver browser(String name) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--window-size=1280,800",
                "--user-data-dir=" + profiles.resolve(name).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        // The viewport itself is 1280×800, whatever the window decorations.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(WebDriver driver, String user) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    static void shot(ChromeDriver driver, String name) throws IOException {
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The same page at a phone's width (390×844, touch), then back to the desktop viewport. */
    private static void phoneShot(ChromeDriver driver, String name) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            shot(driver, name);
        } finally {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    private static String reached(WebDriver driver) {
        return driver.findElement(By.id("stage-SELF_REVIEW_SUBMITTED")).getAttribute("data-reached");
    }

    @Test
    void aStepRecordedByTheSecretaryShowsOnTheOpenDashboardWithoutAReload() throws IOException {
        ReadScenario scenario = new ReadScenario(new Api(port), LocalDate.now()).open();
        scenario.member("cb-vp", "g-vp", "b-1", "Nguyễn Thị Hương");
        scenario.member("cb-vp", "g-vp", "b-2", "Đặng Quốc Việt");
        scenario.member("cb-sxd-1", "g-sxd", "b-3", "Trương Thị Thúy Hằng");

        office = browser("office");
        signIn(office, "office");
        office.get(url("/ui/dashboard?cycleId=" + scenario.cycleId));
        assertThat(office.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(office.findElement(By.id("unit-title")).getText()).isEqualTo("Đảng bộ Khối Cơ quan tỉnh");
        assertThat(reached(office)).isEqualTo("0");
        new WebDriverWait(office, WAIT).until(d -> "connected".equals(
                d.findElement(By.id("live")).getAttribute("data-state")));
        // A mark that a reload would wipe out.
        ((JavascriptExecutor) office).executeScript("window.__notReloaded = true;");
        shot(office, "01-dashboard-before-1280x800");

        secretary = browser("secretary");
        signIn(secretary, "secretary");
        assertThat(secretary.getCurrentUrl()).endsWith("/ui/tasks");
        assertThat(secretary.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
        shot(secretary, "02-tasks-1280x800");
        phoneShot(secretary, "03-tasks-phone");
        secretary.findElement(By.linkText("Nguyễn Thị Hương")).click();
        new WebDriverWait(secretary, WAIT).until(d -> d.findElements(By.id("step-form")).size() == 1);

        // A date that does not exist is caught in the page, beside its field.
        WebElement date = secretary.findElement(By.id("submittedOn"));
        date.clear();
        date.sendKeys("31/02/2023");
        secretary.findElement(By.cssSelector("#step-form button[type=submit]")).click();
        WebElement dateError = secretary.findElement(By.id("err-submittedOn"));
        new WebDriverWait(secretary, WAIT).until(d -> !dateError.getText().isBlank());
        assertThat(dateError.getText()).contains("ngày/tháng/năm");
        assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");

        // A rule of the regulation, answered by the command API, shown inline in plain Vietnamese:
        // a party member's self-review is on form 02A or 02B, not the collective's form 01.
        date.clear();
        date.sendKeys(scenario.today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        new Select(secretary.findElement(By.id("form"))).selectByValue("01");
        secretary.findElement(By.cssSelector("#step-form button[type=submit]")).click();
        WebElement summary = secretary.findElement(By.cssSelector("#step-form .form-errors"));
        new WebDriverWait(secretary, WAIT).until(d -> summary.isDisplayed());
        String shown = summary.getText() + " " + secretary.findElement(By.id("err-form")).getText();
        assertThat(shown).contains("Chưa ghi nhận được").containsPattern("[Mm]ẫu|02A");
        shot(secretary, "04-review-rule-error-1280x800");
        assertThat(reached(office)).as("nothing was recorded").isEqualTo("0");

        new Select(secretary.findElement(By.id("form"))).selectByValue("02A");
        secretary.findElement(By.id("summary")).sendKeys("Hoàn thành tốt nhiệm vụ được giao, gương mẫu.");
        secretary.findElement(By.cssSelector("#step-form button[type=submit]")).click();
        new WebDriverWait(secretary, WAIT).until(d -> d.getCurrentUrl().contains("saved=1"));
        assertThat(secretary.findElement(By.id("current-stage")).getAttribute("data-stage"))
                .isEqualTo("SELF_REVIEW_SUBMITTED");
        assertThat(secretary.findElement(By.id("timeline")).getText()).contains("Nộp bản tự kiểm điểm", "secretary");
        shot(secretary, "05-review-after-step-1280x800");
        phoneShot(secretary, "06-review-phone");

        // The office's page was never reloaded, yet shows the step.
        new WebDriverWait(office, WAIT).until(d -> "1".equals(reached(d)));
        assertThat(((JavascriptExecutor) office).executeScript("return window.__notReloaded === true;"))
                .isEqualTo(true);
        assertThat(office.findElement(By.id("live")).getText()).contains("Cập nhật lúc");
        shot(office, "07-dashboard-after-1280x800");
        phoneShot(office, "08-dashboard-phone");

        office.get(url("/ui/dashboard?cycleId=" + scenario.cycleId + "&lang=en"));
        assertThat(office.findElement(By.tagName("h1")).getText()).isEqualTo("Review progress");
        ((JavascriptExecutor) office).executeScript("document.getElementById('units-title').scrollIntoView();");
        shot(office, "09-dashboard-units-en-1280x800");
    }

    @Test
    void aMistypedAddressShowsTheUisOwnPageInVietnameseWithAWayBack() throws IOException {
        office = browser("missing");
        signIn(office, "office");
        office.get(url("/ui/no-such-page"));
        assertThat(office.findElement(By.tagName("h1")).getText()).isEqualTo("Có lỗi");
        assertThat(office.findElement(By.cssSelector("p.alert")).getText())
                .isEqualTo("Không tìm thấy trang hoặc hồ sơ này.");
        assertThat(office.getPageSource()).doesNotContain("problem", "Not Found");
        shot(office, "10-missing-page-1280x800");
        office.findElement(By.linkText("Về trang chính")).click();
        new WebDriverWait(office, WAIT).until(d -> !d.getCurrentUrl().contains("no-such-page"));
        assertThat(office.findElements(By.cssSelector("p.alert.error"))).isEmpty();
    }

    @Test
    void theLoginPageIsKeyboardFriendlyAndLabelled() throws IOException {
        office = browser("keyboard");
        office.get(url("/login"));
        for (WebElement input : office.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"))) {
            String id = input.getAttribute("id");
            assertThat(office.findElements(By.cssSelector("label[for='" + id + "']"))).as("label for %s", id)
                    .isNotEmpty();
        }
        shot(office, "00-login-1280x800");
        // From the top of the page, the first Tab reaches the skip link, and Enter moves to the content.
        new org.openqa.selenium.interactions.Actions(office).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        WebElement skip = office.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).contains("skip");
        assertThat(skip.getText()).isEqualTo("Bỏ qua, đến nội dung chính");
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(office.getCurrentUrl()).endsWith("#main");
        // And the form can be filled and sent with the keyboard alone.
        office.findElement(By.id("username")).sendKeys("office", org.openqa.selenium.Keys.TAB, Api.PASSWORD,
                org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(office, WAIT).until(d -> d.getCurrentUrl().contains("/ui/dashboard"));
    }
}
