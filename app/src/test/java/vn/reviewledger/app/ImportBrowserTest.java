package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;
import vn.reviewledger.support.UiSession;

/**
 * The import screen in headless Chromium (driven as in {@link BrowserTest}): a secretary picks a
 * workbook and sees the reviews opened; picks one with a bad row and sees the row named with its
 * reason; picks a file that is no workbook and sees why. An auditor, who never imports, is refused
 * the screen. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    ChromeDriver secretary;

    @BeforeAll
    static void needsChromium() throws IOException {
        BrowserTest.needsChromium();
    }

    @AfterEach
    void quit() {
        if (secretary != null) {
            secretary.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Path file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    /** Chooses the file in the page's file input and sends it, then waits for the answer. */
    private WebElement upload(Path file) {
        secretary.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        secretary.findElement(By.id("import-submit")).click();
        WebElement result = secretary.findElement(By.id("import-result"));
        new WebDriverWait(secretary, BrowserTest.WAIT).until(d -> !result.getText().isBlank()
                && d.findElement(By.id("import-submit")).isEnabled());
        return result;
    }

    @Test
    void aWorkbookUploadedThroughTheScreenOpensItsReviewsAndABadRowIsNamedByNumber() throws IOException {
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        BrowserTest chrome = new BrowserTest();
        chrome.port = port;
        chrome.profiles = dir;
        secretary = chrome.browser("import");
        chrome.signIn(secretary, "secretary");

        secretary.get(url("/ui/imports?cycleId=" + scenario.cycleId));
        assertThat(secretary.findElement(By.tagName("h1")).getText()).isEqualTo("Nhập danh sách đối tượng kiểm điểm");
        assertThat(new Select(secretary.findElement(By.id("cycleId"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(scenario.cycleId);
        assertThat(secretary.findElement(By.cssSelector("nav a[aria-current=page]")).getText())
                .isEqualTo("Nhập danh sách");

        Path good = file("danh-sach.xlsx", ReviewImportHttpTest.workbook(
                new Object[] {"Mã", "Họ và tên", "Loại", "Đơn vị", "Nhóm", "Ngày vào Đảng"},
                new Object[] {"b-1", "Nguyễn Thị Ánh Tuyết", "Đảng viên", "cb-1", "g-cb-1", LocalDate.of(2015, 3, 2)},
                new Object[] {"b-2", "Đặng Quốc Việt", "Đảng viên", "cb-1", "g-cb-1", "19/05/2010"}));
        WebElement result = upload(good);
        WebElement done = secretary.findElement(By.cssSelector("#import-done [data-created]"));
        assertThat(done.getAttribute("data-created")).isEqualTo("2");
        assertThat(done.getText()).isEqualTo("Đã mở 2 hồ sơ kiểm điểm mới; 0 hồ sơ đã có từ trước.");
        assertThat(result.findElements(By.id("import-rejected"))).isEmpty();
        BrowserTest.shot(secretary, "20-import-done-1280x800");

        // Row 3 names a kind that does not exist; rows 2 and 4 are good (row 2 was imported already).
        Path bad = file("co-dong-sai.xlsx", ReviewImportHttpTest.workbook(
                new Object[] {"Mã", "Họ và tên", "Loại", "Đơn vị"},
                new Object[] {"b-1", "Nguyễn Thị Ánh Tuyết", "Đảng viên", "cb-1"},
                new Object[] {"b-3", "Trần Văn Sai", "Người ngoài hành tinh", "cb-1"},
                new Object[] {"b-4", "Lê Thị Đúng", "Đảng viên", "cb-2"}));
        result = upload(bad);
        assertThat(secretary.findElement(By.cssSelector("#import-done [data-created]")).getText())
                .isEqualTo("Đã mở 1 hồ sơ kiểm điểm mới; 1 hồ sơ đã có từ trước.");
        WebElement row = secretary.findElement(By.cssSelector("#import-rejected tbody tr"));
        assertThat(row.getAttribute("data-line")).isEqualTo("3");
        assertThat(row.getText()).startsWith("3").contains("«Loại»", "«Người ngoài hành tinh»", "không hợp lệ");
        assertThat(result.getText()).contains("1 dòng chưa nhập được");
        BrowserTest.shot(secretary, "21-import-bad-row-1280x800");

        // A text file named .xlsx is refused whole, in the page's language.
        Path notAWorkbook = file("khong-phai.xlsx", "Mã,Họ và tên\n".getBytes(StandardCharsets.UTF_8));
        secretary.get(url("/ui/imports?cycleId=" + scenario.cycleId + "&lang=en"));
        assertThat(secretary.findElement(By.tagName("h1")).getText()).isEqualTo("Import review subjects");
        result = upload(notAWorkbook);
        assertThat(secretary.findElement(By.id("import-refused")).getText())
                .contains("This file could not be imported.", "not a readable Excel .xlsx workbook");
        BrowserTest.shot(secretary, "22-import-refused-en-1280x800");
    }

    @Test
    void anAuditorIsRefusedTheScreenAndSeesNoLinkToIt() {
        UiSession auditor = new UiSession(port).signedIn("auditor");
        Api.Response page = auditor.get("/ui/imports");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(auditor.get("/ui/dashboard").body()).doesNotContain("/ui/imports");
        assertThat(new UiSession(port).signedIn("office").get("/ui/dashboard").body()).contains("/ui/imports");
    }
}
