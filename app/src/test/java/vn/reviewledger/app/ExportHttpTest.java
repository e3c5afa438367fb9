package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;

/** The exports open with every Vietnamese name intact: the tests read them back as a spreadsheet would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExportHttpTest {

    /** Names with every kind of Vietnamese diacritic, a comma and quotes. */
    static final List<String> NAMES = List.of("Nguyễn Thị Hương", "Đặng Quốc Việt", "Huỳnh Ngọc Ẩn",
            "Trương Thị Thúy Hằng", "Lê Văn Sĩ, con", "Vũ \"Bé\" Tư", "Phạm Ỷ Lan", "Ông Ích Khiêm");

    @LocalServerPort
    int port;
    ReadScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new ReadScenario(new Api(port), LocalDate.now()).open();
        for (int i = 0; i < NAMES.size(); i++) {
            scenario.member(i % 2 == 0 ? "cb-vp" : "cb-sxd-1", i % 2 == 0 ? "g-vp" : "g-sxd", "x-" + i, NAMES.get(i));
        }
    }

    private HttpResponse<byte[]> download(String path, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** RFC 4180 lines to cells: quoted cells may hold commas and doubled quotes. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    @Test
    void theCsvIsUtf8WithABomAndEveryNameIntact() throws Exception {
        HttpResponse<byte[]> r = download("/api/cycles/" + scenario.cycleId + "/export.csv", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        byte[] body = r.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            lines = in.lines().toList();
        }
        List<String> header = cells(lines.get(0));
        assertThat(header).contains("Họ và tên", "Đơn vị", "Tình trạng hạn", "Hạn bước tiếp theo");
        int name = header.indexOf("Họ và tên");
        int unit = header.indexOf("Đơn vị");
        List<String> names = lines.subList(1, lines.size()).stream().map(l -> cells(l).get(name)).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(lines.subList(1, lines.size()).stream().map(l -> cells(l).get(unit)))
                .contains("Chi bộ Văn phòng", "Chi bộ Phòng Quy hoạch");
        assertThat(lines.get(1)).contains("Quá hạn");
    }

    @Test
    void theCsvSpeaksEnglishWhenAsked() throws Exception {
        for (HttpResponse<byte[]> r : List.of(download("/api/cycles/" + scenario.cycleId + "/export.csv", "en"),
                download("/api/cycles/" + scenario.cycleId + "/export.csv?lang=en", null))) {
            String text = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFReview id,").contains("Name", "Overdue", "Party member");
            assertThat(text).contains("Nguyễn Thị Hương");
        }
    }

    @Test
    void theXlsxOpensWithEveryNameIntactAndRealDates() throws Exception {
        HttpResponse<byte[]> r = download("/api/cycles/" + scenario.cycleId + "/export.xlsx", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Hồ sơ kiểm điểm");
            Row header = sheet.getRow(0);
            List<String> columns = new ArrayList<>();
            header.forEach(c -> columns.add(c.getStringCellValue()));
            int name = columns.indexOf("Họ và tên");
            int due = columns.indexOf("Hạn bước tiếp theo");
            assertThat(name).isNotNegative();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                names.add(row.getCell(name).getStringCellValue());
                Cell date = row.getCell(due);
                assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(scenario.today.minusDays(3));
            }
            assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES);
        }
    }

    @Test
    void theScoresAndTheFormTwoCFlagOfRegulation366AreColumnsInBothLanguagesAndFormats() throws Exception {
        ReadScenario reg366 = new ReadScenario(scenario.api, scenario.today).open(2025);
        Api.Response opened = scenario.api.as("admin").post("/api/cycles/" + reg366.cycleId + "/reviews?wait=true", """
                {"subject": {"id": "hc-1", "name": "Ông Ích Khiêm", "kind": "PARTY_MEMBER"}, "unitId": "cb-vp",
                 "outsidePoliticalSystem": true, "admittedOn": "2001-05-19"}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().get("reviewId").asText();
        reg366.step(id, "self-review", """
                {"form": "2C", "selfScore": 86, "submittedOn": "%s"}""".formatted(scenario.today));
        reg366.step(id, "opinions/close", "{}");
        reg366.step(id, "meeting", """
                {"heldOn": "%s", "eligible": 12, "present": 11, "absentWithReason": 1}""".formatted(scenario.today));
        reg366.step(id, "vote", """
                {"method": "SECRET_BALLOT", "votes": {"GOOD": 11}}""");
        reg366.step(id, "proposal", """
                {"rating": "GOOD", "score": 84}""");
        reg366.step(id, "decision", """
                {"rating": "GOOD", "score": 83, "decisionNo": "25-QĐ/ĐU", "decidedOn": "%s"}""".formatted(scenario.today));

        String vi = new String(download("/api/cycles/" + reg366.cycleId + "/export.csv", null).body(),
                StandardCharsets.UTF_8).substring(1);
        List<String> header = cells(vi.lines().findFirst().orElseThrow());
        List<String> row = cells(vi.lines().skip(1).findFirst().orElseThrow());
        assertThat(header).contains("Không làm việc trong hệ thống chính trị", "Tự chấm điểm", "Điểm đề xuất",
                "Điểm quyết định");
        assertThat(row.get(header.indexOf("Họ và tên"))).isEqualTo("Ông Ích Khiêm");
        assertThat(row.get(header.indexOf("Không làm việc trong hệ thống chính trị"))).isEqualTo("Có");
        assertThat(row.get(header.indexOf("Tự chấm điểm"))).isEqualTo("86");
        assertThat(row.get(header.indexOf("Điểm đề xuất"))).isEqualTo("84");
        assertThat(row.get(header.indexOf("Điểm quyết định"))).isEqualTo("83");
        assertThat(row.get(header.indexOf("Nhóm tỷ lệ"))).as("the unit's default group, by the unit's name")
                .isEqualTo("Chi bộ Văn phòng");

        String en = new String(download("/api/cycles/" + reg366.cycleId + "/export.csv?lang=en", null).body(),
                StandardCharsets.UTF_8);
        assertThat(en).contains("Outside the political system", "Self-score", "Proposed score", "Decided score",
                "Ông Ích Khiêm");

        HttpResponse<byte[]> xlsx = download("/api/cycles/" + reg366.cycleId + "/export.xlsx", null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> columns = new ArrayList<>();
            sheet.getRow(0).forEach(c -> columns.add(c.getStringCellValue()));
            Cell decided = sheet.getRow(1).getCell(columns.indexOf("Điểm quyết định"));
            assertThat(decided.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(decided.getNumericCellValue()).isEqualTo(83.0);
        }
    }

    @Test
    void anUnknownCycleIs404Problem() throws Exception {
        HttpResponse<byte[]> r = download("/api/cycles/nope/export.xlsx", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("NOT_FOUND");
    }
}
