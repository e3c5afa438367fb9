package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/**
 * A cycle's subjects imported from CSV or an Excel workbook: good lines once, bad lines named by
 * number (the sheet's row) and reason, a file that cannot be read refused whole with nothing opened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewImportHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(new Api(port)).cycle2023();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Api.Response send(byte[] body, String contentType, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cycles/"
                        + scenario.cycleId + "/reviews/import"))
                .header("Content-Type", contentType)
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("secretary:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new Api.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                r.headers().map());
    }

    private JsonNode importCsv(String csv) throws Exception {
        Api.Response r = send(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", "vi");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode importWorkbook(byte[] workbook, String language) throws Exception {
        Api.Response r = send(workbook, XLSX, language);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** A workbook as a user's spreadsheet program would save it: these rows on the first sheet, a note after. */
    static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Danh sách");
            wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Trang này không được đọc.");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The subject names of the reviews opened in this test's cycle, as the event store holds them. */
    private List<String> namesOpened(SubjectKind kind, String unitId, String... subjectIds) throws Exception {
        List<String> names = new ArrayList<>();
        for (String id : subjectIds) {
            for (byte[] payload : jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%ReviewOpened'", byte[].class, Ids.reviewId(scenario.cycleId, unitId, kind, id))) {
                names.add(JSON.readTree(payload).get("subject").get("name").asText());
            }
        }
        return names;
    }

    private long reviewsOpened() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%ReviewOpened'",
                Long.class);
    }

    @Test
    void aGoodFileWithVietnameseHeadersCreatesEveryReviewWithNamesIntact() throws Exception {
        String csv = "\uFEFFMã;Họ và tên;Loại;Đơn vị;Nhóm;Chức vụ lãnh đạo;Công chức;Người đứng đầu;Ngày vào Đảng\n"
                + "dv-1;Nguyễn Thị Ánh Tuyết;Đảng viên;cb-1;g-cb-1;không;có;không;02/03/2015\n"
                + "dv-2;\"Trần Văn Đức, Jr\";PARTY_MEMBER;cb-1;g-cb-1;;;;2010-05-19\n"
                + "tc-1;Chi bộ Tổ chức;Tổ chức đảng;cb-2;;;;;\n";
        long before = reviewsOpened();
        JsonNode answer = importCsv(csv);
        assertThat(answer.get("created").asInt()).isEqualTo(3);
        assertThat(answer.get("rejected")).isEmpty();
        assertThat(reviewsOpened()).isEqualTo(before + 3);
        assertThat(jdbc.queryForList("select payload from domain_event_entry where payload_type like '%ReviewOpened'",
                byte[].class).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList())
                .anyMatch(p -> p.contains("Nguyễn Thị Ánh Tuyết"))
                .anyMatch(p -> p.contains("Trần Văn Đức, Jr"));
    }

    @Test
    void badLinesAreReportedByNumberAndTheGoodOnesStillGoIn() throws Exception {
        String csv = "subjectId,name,kind,unitId,quotaGroupId,admittedOn\n"
                + "a-1,Lê Văn Một,PARTY_MEMBER,cb-1,g-cb-1,2012-01-01\n"
                + "a-2,Lê Văn Hai,ALIEN,cb-1,g-cb-1,2012-01-01\n"
                + "a-3,Lê Văn Ba,PARTY_MEMBER,cb-404,,2012-01-01\n"
                + ",Không Có Mã,PARTY_MEMBER,cb-1,,\n"
                + "a-5,Lê Văn Năm,PARTY_MEMBER,cb-1,,31/02/2012\n"
                + "a-6,Lê Văn Sáu,PARTY_MEMBER,cb-1,,\n";
        JsonNode answer = importCsv(csv);
        assertThat(answer.get("created").asInt()).isEqualTo(2);
        assertThat(answer.get("rejected").findValuesAsText("line")).containsExactly("3", "4", "5", "6");
        assertThat(answer.get("rejected").get(1).get("rule").asText()).isEqualTo("UNKNOWN_UNIT");
        assertThat(answer.get("rejected").get(0).get("reason").asText()).contains("ALIEN");
    }

    @Test
    void sendingTheSameFileTwiceCreatesNothingTheSecondTime() throws Exception {
        String csv = "subjectId,name,kind,unitId\nr-1,Hồ Văn Lặp,PARTY_MEMBER,cb-1\nr-2,Hồ Thị Lại,PARTY_MEMBER,cb-2\n";
        JsonNode first = importCsv(csv);
        long after = reviewsOpened();
        JsonNode second = importCsv(csv);
        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("existing").asInt()).isEqualTo(2);
        assertThat(reviewsOpened()).isEqualTo(after);
    }

    @Test
    void aWorkbookWithVietnameseHeadersOpensEveryReviewWithNamesExactlyAsWritten() throws Exception {
        byte[] file = workbook(
                new Object[] {"Mã", "Họ và tên", "Loại", "Đơn vị", "Nhóm", "Chức vụ lãnh đạo", "Công chức",
                        "Người đứng đầu", "Ngày vào Đảng"},
                new Object[] {"x-1", "Nguyễn Thị Ánh Tuyết", "Đảng viên", "cb-1", "g-cb-1", "không", true, false,
                        LocalDate.of(2015, 3, 2)},
                new Object[] {"x-2", "Trương Thị Thúy Hằng", "PARTY_MEMBER", "cb-1", "g-cb-1", null, null, null,
                        "19/05/2010"},
                new Object[] {1024, "Đặng Quốc Việt, Ỷ Lan", "Đảng viên", "cb-2"},
                new Object[] {"tc-1", "Chi bộ Tổ chức", "Tổ chức đảng", "cb-2"});
        long before = reviewsOpened();
        JsonNode answer = importWorkbook(file, "vi");
        assertThat(answer.get("created").asInt()).as(answer.toString()).isEqualTo(4);
        assertThat(answer.get("rejected")).isEmpty();
        assertThat(reviewsOpened()).isEqualTo(before + 4);
        assertThat(namesOpened(SubjectKind.PARTY_MEMBER, "cb-1", "x-1", "x-2"))
                .containsExactly("Nguyễn Thị Ánh Tuyết", "Trương Thị Thúy Hằng");
        // A number typed in the id column is the id as written, not "1,024" or "1024.0".
        assertThat(namesOpened(SubjectKind.PARTY_MEMBER, "cb-2", "1024")).containsExactly("Đặng Quốc Việt, Ỷ Lan");
        assertThat(namesOpened(SubjectKind.PARTY_ORGANIZATION, "cb-2", "tc-1")).containsExactly("Chi bộ Tổ chức");

        JsonNode again = importWorkbook(file, "vi");
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("existing").asInt()).isEqualTo(4);
    }

    @Test
    void aWorkbookWithEnglishHeadersInAnotherOrderIsReadTheSame() throws Exception {
        byte[] file = workbook(
                new Object[] {"unitId", "kind", "name", "subjectId", "admittedOn", "outsidePoliticalSystem"},
                new Object[] {"cb-1", "Party member", "Phạm Văn Đồng", "e-1", LocalDate.of(2001, 9, 2), "yes"});
        JsonNode answer = importWorkbook(file, "en");
        assertThat(answer.get("created").asInt()).as(answer.toString()).isEqualTo(1);
        assertThat(namesOpened(SubjectKind.PARTY_MEMBER, "cb-1", "e-1")).containsExactly("Phạm Văn Đồng");
    }

    @Test
    void badRowsOfAWorkbookAreNamedByTheirRowNumberAndOpenNothing() throws Exception {
        byte[] file = workbook(
                new Object[] {"Mã", "Họ và tên", "Loại", "Đơn vị", "Nhóm", "Ngày vào Đảng"},
                new Object[] {"w-1", "Lê Văn Một", "Đảng viên", "cb-1", "g-cb-1", "2012-01-01"},
                new Object[] {"w-2", "Lê Văn Hai", "ALIEN", "cb-1", "g-cb-1"},
                null,
                new Object[] {"w-4", "Lê Văn Bốn", "Đảng viên", "cb-404"},
                new Object[] {"w-5", null, "Đảng viên", "cb-1"},
                new Object[] {"w-6", "Lê Văn Sáu", "Đảng viên", "cb-1", null, "31/02/2012"},
                new Object[] {"w-7", "Lê Văn Bảy", "Đảng viên", "cb-1"});
        long before = reviewsOpened();
        JsonNode answer = importWorkbook(file, "en");
        JsonNode rejected = answer.get("rejected");
        assertThat(rejected.findValuesAsText("line")).as(answer.toString()).containsExactly("3", "5", "6", "7");
        assertThat(rejected.get(0).get("column").asText()).isEqualTo("kind");
        assertThat(rejected.get(0).get("reason").asText()).contains("«Loại»", "«ALIEN»", "is not valid");
        assertThat(rejected.get(1).get("rule").asText()).isEqualTo("UNKNOWN_UNIT");
        assertThat(rejected.get(2).get("reason").asText()).contains("«Họ và tên»", "has no value");
        assertThat(rejected.get(3).get("reason").asText()).contains("31/02/2012");
        assertThat(answer.get("created").asInt()).isEqualTo(2);
        assertThat(reviewsOpened()).as("only the two good rows").isEqualTo(before + 2);
        assertThat(namesOpened(SubjectKind.PARTY_MEMBER, "cb-1", "w-2", "w-5", "w-6")).isEmpty();
        assertThat(namesOpened(SubjectKind.PARTY_MEMBER, "cb-404", "w-4")).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWholeAsProblemJson() throws Exception {
        long before = reviewsOpened();
        Api.Response r = send("subjectId,name,kind,unitId\nn-1,Không Phải Excel,PARTY_MEMBER,cb-1\n"
                .getBytes(StandardCharsets.UTF_8), XLSX, "vi");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("rule").asText()).isEqualTo("IMPORT_NOT_WORKBOOK");
        assertThat(r.json().get("detail").asText()).contains("không phải bảng tính Excel", "Chưa mở hồ sơ nào");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(reviewsOpened()).isEqualTo(before);
    }

    @Test
    void aCsvWithAnUnclosedQuoteIsRefusedWholeNamingTheLine() throws Exception {
        long before = reviewsOpened();
        Api.Response r = send(("subjectId,name,kind,unitId\nq-1,Một,PARTY_MEMBER,cb-1\nq-2,\"Hai,PARTY_MEMBER,cb-1\n"
                + "q-3,Ba,PARTY_MEMBER,cb-1\n").getBytes(StandardCharsets.UTF_8), "text/csv", "en");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("rule").asText()).isEqualTo("IMPORT_CSV_QUOTE");
        assertThat(r.json().get("detail").asText()).startsWith("Line 3:");
        assertThat(reviewsOpened()).isEqualTo(before);
    }
}
