package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/** A cycle's subjects imported from CSV: good lines once, bad lines named by number and reason. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewImportHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(new Api(port)).cycle2023();
    }

    private JsonNode importCsv(String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cycles/"
                        + scenario.cycleId + "/reviews/import"))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("secretary:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new Api.Response(200, "application/json", r.body(), r.headers().map()).json();
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
}
