package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;
import vn.reviewledger.support.UiSession;

/**
 * Role × endpoint: every endpoint of API.md, asked by every kind of user, against a review of the
 * cell {@code cb-1} (tree {@code dbk} → {@code cb-1}, {@code cb-2}). No one ever gets what they must
 * not: another unit's review, list rows, export rows, dashboard or stream.
 *
 * <p>The table reads one row per endpoint, one column per user (see {@link Who}); each cell is the
 * expected answer: {@code ok} (past security and scope: 2xx, or a business answer such as 404/409
 * for a step the review is not ready for — never 401, 403 or 5xx), {@code 401}, {@code 403}, or
 * {@code rej} (import: 200, every line refused with rule SCOPE). To add an endpoint, add a row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixHttpTest {

    /** The columns of the table, in order. Users are defined in application-test.yml. */
    enum Who {
        ADMIN("admin"),
        /** OFFICE of dbk, the whole tree. */
        OFFICE_IN("office"),
        /** OFFICE of cb-2: the same cycle, another subtree. */
        OFFICE_OTHER("office-cb2"),
        /** SECRETARY of cb-1, the review's cell. */
        SECRETARY_IN("secretary-cb1"),
        /** SECRETARY of cb-2, the sibling cell. */
        SECRETARY_OTHER("secretary-cb2"),
        AUDITOR("auditor"),
        /** OFFICE of a unit the cycle does not have at all. */
        OUTSIDER("office-elsewhere"),
        ANONYMOUS(null);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Autowired
    ServerProperties server;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Scenario scenario;
    /** A review of cb-1, and one of cb-2 whose rows must never reach cb-1's users. */
    String review;
    String otherReview;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        scenario = new Scenario(api).cycle2023();
        review = scenario.member("pm-scope-1", "Phạm Thị Phạm Vi");
        otherReview = scenario.open("""
                {"subject": {"id": "pm-scope-2", "name": "Đỗ Văn Ngoài", "kind": "PARTY_MEMBER"}, "unitId": "cb-2",
                 "quotaGroupId": "g-cb-1", "leadershipPost": false, "civilServant": false, "headOfUnit": false,
                 "admittedOn": "2015-03-02"}""");
    }

    /** One row: the request and the expected answer per column of {@link Who}. */
    record Row(String method, String path, String body, String expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Row get(String path, String expected) {
        return new Row("GET", path, null, expected);
    }

    private static Row post(String path, String body, String expected) {
        return new Row("POST", path, body, expected);
    }

    //                                   ADMIN OFF_IN OFF_OTH SEC_IN SEC_OTH AUDITOR OUTSIDER ANON
    private static final String STEP = "ok    ok     403     ok     403     403     403      401";
    private static final String DECIDE = "ok  ok     403     403    403     403     403      401";
    private static final String READ_ONE = "ok ok    403     ok     403     ok      403      401";
    private static final String READ_CYCLE = "ok ok  ok      ok     ok      ok      403      401";
    private static final String READ_ANY = "ok  ok     ok      ok     ok      ok      ok       401";
    /** Reads that span every review of a cycle at once (its history, its signed bundle). */
    private static final String WHOLE_CYCLE = "ok ok 403     403    403     ok      403      401";
    private static final String AUDIT_ONLY = "ok  403    403     403    403     ok      403      401";
    private static final String ADMIN_ONLY = "ok  403    403     403    403     403     403      401";

    Stream<Row> table() {
        String r = "/api/reviews/{review}";
        String c = "/api/cycles/{cycle}";
        return Stream.of(
                // ---- commands -----------------------------------------------------------------------------
                post("/api/cycles", "{cycleBody}",
                        "ok    ok     403     403    403     403     403      401"),
                post(c + "/reviews", """
                        {"subject": {"id": "{unique}", "name": "Mở Mới", "kind": "PARTY_MEMBER"}, "unitId": "cb-1",
                         "quotaGroupId": "g-cb-1", "admittedOn": "2015-03-02"}""", STEP),
                post(c + "/reviews/import", "subjectId,name,kind,unitId\n{unique},Nhập Mới,PARTY_MEMBER,cb-1\n",
                        "ok    ok     rej     ok     rej     403     rej      401"),
                post(r + "/self-review", """
                        {"form": "02A", "selfRating": "GOOD", "summary": "x", "submittedOn": "2023-12-04"}""", STEP),
                post(r + "/opinions", """
                        {"source": "RESIDENCE_CELL", "author": "Chi ủy khu phố 3", "content": "Tốt"}""", STEP),
                post(r + "/opinions/close", "{}", STEP),
                post(r + "/meeting", """
                        {"heldOn": "2023-12-15", "eligible": 12, "present": 11, "absentWithReason": 1,
                         "minutes": "Biên bản"}""", STEP),
                post(r + "/vote", """
                        {"method": "SECRET_BALLOT", "eligible": 12, "present": 11, "votes": {"GOOD": 11}}""", STEP),
                post(r + "/proposal", """
                        {"rating": "GOOD", "reason": null}""", STEP),
                post(r + "/decision", """
                        {"rating": "GOOD", "decisionNo": "15-QĐ/ĐU", "decidedOn": "2023-12-28"}""", DECIDE),
                post(c + "/decisions", """
                        {"quotaGroupId": "g-cb-1", "decisionNo": "16-QĐ/ĐU", "decidedOn": "2023-12-28",
                         "entries": [{"reviewId": "{review}", "rating": "GOOD"}]}""", DECIDE),
                post(r + "/announcement", """
                        {"announcedOn": "2024-01-05"}""", STEP),
                post(r + "/discipline", """
                        {"imposedOn": "2023-06-01", "form": "KHIEN_TRACH", "selfDiscovered": false}""", STEP),
                post(r + "/exemption", """
                        {"reason": "SUSPENDED"}""", STEP),
                post(r + "/civil-servant-rating", """
                        {"rating": "GOOD", "ratedOn": "2023-12-10"}""", STEP),
                post(r + "/extensions", """
                        {"stage": "MEETING_HELD", "newDueDate": "2023-12-28", "reason": "Ốm"}""", DECIDE),
                post(r + "/complaints", """
                        {"lodgedBy": "Phạm Thị Phạm Vi", "content": "Khiếu nại"}""", STEP),
                post(r + "/complaints/{unique}/resolution", """
                        {"outcome": "REJECTED", "reason": "Không có căn cứ"}""", DECIDE),
                post(r + "/reclassification", """
                        {"rating": "COMPLETE", "decisionNo": "20-QĐ/ĐU", "reason": "Sai sót"}""", DECIDE),
                // ---- reads --------------------------------------------------------------------------------
                get("/api/cycles", READ_ANY),
                get(c, READ_CYCLE),
                get(r, READ_ONE),
                get(r + "?asOf=2099-01-01T00:00:00Z", READ_ONE),
                get(r + "/history", READ_ONE),
                get("/api/reviews", READ_ANY),
                get("/api/reviews?cycleId={cycle}", READ_CYCLE),
                get("/api/reviews?cycleId={cycle}&unitId=cb-1", READ_ONE),
                get("/api/reviews?unitId=cb-1", READ_ONE),
                get(c + "/dashboard", READ_CYCLE),
                get(c + "/dashboard?unitId=cb-1", READ_ONE),
                get(c + "/dashboard?unitId=cb-1&asOf=2099-01-01T00:00:00Z", READ_ONE),
                get("/api/tasks", READ_ANY),
                get(c + "/export.csv", READ_CYCLE),
                get(c + "/export.xlsx", READ_CYCLE),
                get(c + "/stream", READ_CYCLE),
                get(c + "/stream?unitId=cb-1", READ_ONE),
                // ---- audit ---------------------------------------------------------------------------------
                get(r + "/history?type=ReviewOpened", READ_ONE),
                get(r + "/verify", READ_ONE),
                get(r + "/bundle", READ_ONE),
                get(c + "/history", WHOLE_CYCLE),
                get(c + "/bundle", WHOLE_CYCLE),
                get("/api/audit/public-key", READ_ANY),
                get("/api/audit/reads", AUDIT_ONLY),
                // ---- administration (an administrator's answer may be 404: nothing dead-lettered) ----------
                get("/api/admin/consistency", ADMIN_ONLY),
                get("/api/admin/dead-letters", ADMIN_ONLY),
                get("/api/admin/actions", ADMIN_ONLY),
                get("/api/admin/processors/review-view/status", ADMIN_ONLY),
                post("/api/admin/dead-letters/review-view/{review}/retry", """
                        {"reason": "matrix"}""", ADMIN_ONLY),
                post("/api/admin/dead-letters/review-view/{review}/evict", """
                        {"reason": "matrix"}""", ADMIN_ONLY),
                post("/api/admin/processors/no-such-processor/replay", """
                        {"reason": "matrix"}""", ADMIN_ONLY),
                // ---- screens (signed in with the form; anonymous is sent to the login page) ----------------
                get("/ui/reviews/{review}", READ_ONE.replace("401", "302")),
                get("/ui/dashboard/panel?cycleId={cycle}&unitId=cb-1", READ_ONE.replace("401", "302")),
                get("/ui/reviews?cycleId={cycle}&unitId=cb-1", READ_ONE.replace("401", "302")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void noRoleGetsWhatItMustNot(Row row) throws Exception {
        String[] expected = row.expected().trim().split("\\s+");
        assertThat(expected).as("one expectation per column of Who").hasSize(Who.values().length);
        // The refusals first, so the review is still in the stage the allowed users act on.
        List<Who> order = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (!expected[i].equals("ok")) {
                order.add(Who.values()[i]);
            }
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].equals("ok")) {
                order.add(Who.values()[i]);
            }
        }
        for (Who who : order) {
            long eventsBefore = storedEvents();
            Answer answer = send(row, who);
            String want = expected[who.ordinal()];
            String what = row + " as " + who + " -> " + answer.status + " " + answer.body;
            switch (want) {
                case "ok" -> assertThat(answer.status).as(what).isNotIn(401, 403).isLessThan(500);
                case "401" -> {
                    assertThat(answer.status).as(what).isEqualTo(401);
                    assertThat(answer.contentType).as(what).startsWith("application/problem+json");
                }
                case "302" -> assertThat(answer.status).as(what).isEqualTo(302);
                case "403" -> {
                    assertThat(answer.status).as(what).isEqualTo(403);
                    if (row.path().startsWith("/api")) {
                        assertThat(answer.contentType).as(what).startsWith("application/problem+json");
                        assertThat(JSON.readTree(answer.body).get("rule").asText()).as(what)
                                .isIn("SCOPE", "FORBIDDEN");
                    }
                    // A refused command changed nothing.
                    assertThat(storedEvents()).as(what).isEqualTo(eventsBefore);
                }
                case "rej" -> {
                    assertThat(answer.status).as(what).isEqualTo(200);
                    JsonNode body = JSON.readTree(answer.body);
                    assertThat(body.get("created").asInt()).as(what).isZero();
                    assertThat(body.get("rejected").get(0).get("rule").asText()).as(what).isEqualTo("SCOPE");
                }
                default -> throw new IllegalArgumentException(want);
            }
        }
    }

    // ---- leaks through filters, exports and the stream ----------------------------------------------

    @Test
    void aSecretaryFilteringByAnotherUnitIs403AndWithoutAFilterSeesOnlyTheirRows() throws Exception {
        assertThat(as("secretary-cb1", "/api/reviews?cycleId=" + scenario.cycleId + "&unitId=cb-2").status)
                .isEqualTo(403);
        assertThat(as("secretary-cb1", "/api/reviews?unitId=cb-2").status).isEqualTo(403);
        for (String query : List.of("/api/reviews?cycleId=" + scenario.cycleId, "/api/reviews",
                "/api/reviews?stage=OPENED")) {
            JsonNode page = JSON.readTree(as("secretary-cb2", query).body);
            List<String> units = new ArrayList<>();
            page.get("items").forEach(i -> units.add(i.get("unitId").asText()));
            assertThat(units).as(query).isNotEmpty().containsOnly("cb-2");
            // Totals count only what the reader may see.
            assertThat(page.get("total").asLong()).as(query).isEqualTo(units.size());
        }
        JsonNode all = JSON.readTree(as("office", "/api/reviews?cycleId=" + scenario.cycleId).body);
        assertThat(all.get("total").asLong()).isGreaterThan(1);
        JsonNode none = JSON.readTree(as("office-elsewhere", "/api/reviews").body);
        assertThat(none.get("total").asLong()).isZero();
    }

    @Test
    void anExportHoldsOnlyTheRowsOfTheReadersUnits() throws Exception {
        String mine = as("secretary-cb1", "/api/cycles/" + scenario.cycleId + "/export.csv").body;
        assertThat(mine).contains("Phạm Thị Phạm Vi").doesNotContain("Đỗ Văn Ngoài");
        String theirs = as("secretary-cb2", "/api/cycles/" + scenario.cycleId + "/export.csv").body;
        assertThat(theirs).contains("Đỗ Văn Ngoài").doesNotContain("Phạm Thị Phạm Vi");
        assertThat(as("office", "/api/cycles/" + scenario.cycleId + "/export.csv").body)
                .contains("Đỗ Văn Ngoài", "Phạm Thị Phạm Vi");
    }

    @Test
    void aCycleWithoutTheUsersUnitsIsInvisible() throws Exception {
        assertThat(as("office-elsewhere", "/api/cycles").body).doesNotContain(scenario.cycleId);
        assertThat(as("secretary-cb2", "/api/cycles").body).contains(scenario.cycleId);
    }

    @Test
    void aScopedDashboardStartsAtTheUsersOwnUnit() throws Exception {
        JsonNode dashboard = JSON.readTree(as("secretary-cb1", "/api/cycles/" + scenario.cycleId + "/dashboard").body);
        assertThat(dashboard.get("unitId").asText()).isEqualTo("cb-1");
        assertThat(as("secretary-cb1", "/api/cycles/" + scenario.cycleId + "/dashboard?unitId=dbk").status)
                .isEqualTo(403);
    }

    @Test
    void theStreamCarriesOnlyChangesOfTheReadersUnits() throws Exception {
        Answer refused = send(get("/api/cycles/{cycle}/stream?unitId=cb-2", ""), Who.SECRETARY_IN);
        assertThat(refused.status).isEqualTo(403);

        String mine = scenario.member("pm-scope-s1", "Lê Văn Luồng");
        String theirs = scenario.open("""
                {"subject": {"id": "pm-scope-s2", "name": "Lê Thị Khác", "kind": "PARTY_MEMBER"}, "unitId": "cb-2",
                 "quotaGroupId": "g-cb-1", "admittedOn": "2015-03-02"}""");
        HttpRequest request = request("GET", "/api/cycles/" + scenario.cycleId + "/stream", null, "secretary-cb1")
                .timeout(Duration.ofSeconds(60)).build();
        HttpResponse<InputStream> stream = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            CompletableFuture<List<String>> read = CompletableFuture.supplyAsync(() -> {
                List<String> data = new ArrayList<>();
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("data:")) {
                            data.add(line);
                            if (line.contains(mine)) {
                                return data;
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return data;
            });
            String body = """
                    {"form": "02A", "selfRating": "GOOD", "summary": "x", "submittedOn": "2023-12-04"}""";
            // The other unit's change first: it must not arrive; then ours, which must (a stage moves).
            assertThat(api.as("admin").post("/api/reviews/" + theirs + "/self-review?wait=true", body).status())
                    .isEqualTo(200);
            assertThat(api.as("admin").post("/api/reviews/" + mine + "/self-review?wait=true", body).status())
                    .isEqualTo(200);
            List<String> data = read.get(30, TimeUnit.SECONDS);
            assertThat(data.get(0)).contains("\"unitId\":\"cb-1\"");
            assertThat(String.join("\n", data)).contains(mine).doesNotContain(theirs).doesNotContain("cb-2");
        }
    }

    /**
     * The screens keep their protections: form login with a session cookie the page's scripts cannot
     * read and other sites do not send, CSRF on every POST that rides on the session, an 8-hour idle
     * timeout, and headers that forbid inline scripts and framing.
     */
    @Test
    void theScreensKeepFormLoginCsrfSessionTimeoutAndSecurityHeaders() {
        UiSession session = new UiSession(port);
        Api.Response login = session.login("secretary-cb1", Api.PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        String cookie = String.join(";", login.headers().getOrDefault("set-cookie", List.of()));
        assertThat(cookie).contains("JSESSIONID").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofHours(8));

        Api.Response page = session.get("/ui/reviews/" + review);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");

        String body = """
                {"source": "RESIDENCE_CELL", "author": "Chi ủy", "content": "Qua giao diện"}""";
        assertThat(session.postJson("/api/reviews/" + review + "/opinions", body, false, "vi").status())
                .as("a POST riding on the session without the CSRF token").isEqualTo(403);
        assertThat(session.postJson("/api/reviews/" + otherReview + "/opinions", body, true, "vi").status())
                .as("with the token, but another unit's review").isEqualTo(403);
        assertThat(session.postJson("/api/reviews/" + review + "/opinions", body, true, "vi").status())
                .isNotIn(401, 403);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    record Answer(int status, String contentType, String body) {
    }

    /**
     * Every event stored, in any stream: a refused request adds none. Read from the event store, not a
     * read model, so a projection still catching up (PostgreSQL under load) cannot pass for a change.
     */
    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private Answer as(String user, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(request("GET", path, null, user).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private String fill(String s) {
        String unique = "u-" + UUID.randomUUID().toString().substring(0, 8);
        return s.replace("{cycleBody}", Scenario.cycleJson("org-" + unique, 2023))
                .replace("{review}", review).replace("{cycle}", scenario.cycleId).replace("{unique}", unique);
    }

    private HttpRequest.Builder request(String method, String path, String body, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if ("POST".equals(method)) {
            boolean csv = path.contains("/import");
            b.header("Content-Type", csv ? "text/csv; charset=utf-8" : "application/json");
            b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.GET();
        }
        return b;
    }

    private Answer send(Row row, Who who) throws Exception {
        String path = fill(row.path());
        if (path.startsWith("/ui/")) {
            if (who.user == null) {
                HttpResponse<String> r = HTTP.send(request("GET", path, null, null).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
            }
            Api.Response r = new UiSession(port).signedIn(who.user).get(path);
            return new Answer(r.status(), String.valueOf(r.contentType()), r.body());
        }
        if ("POST".equals(row.method())) {
            // Wait for the read models, so the next user acts on the state this one left.
            path += (path.contains("?") ? "&" : "?") + "wait=true";
        }
        HttpRequest req = request(row.method(), path, row.body() == null ? null : fill(row.body()), who.user).build();
        if (path.contains("/stream")) {
            // An event stream never ends: the status and the first bytes tell.
            HttpResponse<InputStream> r = HTTP.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                String head = r.statusCode() == 200 ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), head);
            }
        }
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
