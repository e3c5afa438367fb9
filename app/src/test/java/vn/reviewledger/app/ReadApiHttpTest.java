package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;
import vn.reviewledger.support.UiSession;

/**
 * The read API beyond the projections: the live stream, the OpenAPI description, and the web UI's
 * session on the API (CSRF required, Basic unchanged).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadApiHttpTest {

    @LocalServerPort
    int port;
    Api api;
    ReadScenario scenario;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new ReadScenario(api, LocalDate.now()).open();
    }

    @Test
    void theStreamSendsTheDashboardThenEachChangeAsItHappens() throws Exception {
        String id = scenario.member("cb-vp", "g-vp", "s-1", "Nguyễn Văn An");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cycles/"
                        + scenario.cycleId + "/stream"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("office:demo".getBytes()))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the test closes the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> lines.contains("event:dashboard"));
        assertThat(lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow())
                .contains("\"unitName\":\"Đảng bộ Khối Cơ quan tỉnh\"");

        scenario.selfReview(id);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> lines.contains("event:review-changed"));
        assertThat(lines).anyMatch(l -> l.startsWith("data:") && l.contains(id) && l.contains("SELF_REVIEW_SUBMITTED"));
        response.body().close();
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }

    @Test
    void theStreamOfAnUnknownCycleIs404() {
        assertThat(api.as("office").get("/api/cycles/nope/stream").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionHasEveryReadWithExamples() {
        Api.Response r = api.anonymous().get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        for (String path : List.of("/api/reviews", "/api/reviews/{id}", "/api/reviews/{id}/history", "/api/tasks",
                "/api/cycles/{cycleId}/dashboard", "/api/cycles/{cycleId}/stream", "/api/cycles/{cycleId}/export.csv",
                "/api/cycles/{cycleId}/export.xlsx")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/cycles/{cycleId}/dashboard").get("get").get("summary").asText()).isNotBlank();
        assertThat(paths.get("/api/cycles/{cycleId}/dashboard").toString()).contains("Đảng bộ Khối Cơ quan tỉnh");
        assertThat(paths.get("/api/tasks").toString()).contains("Nguyễn Văn An");
        assertThat(r.json().get("tags").toString()).contains("Reads: reviews", "Reads: exports");
    }

    @Test
    void theSwaggerUiComesFromTheWebjarNotACdn() {
        Api.Response page = api.anonymous().get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("https://", "http://cdn", "unpkg", "jsdelivr");
        assertThat(api.anonymous().get("/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
    }

    @Test
    void theUiSessionReachesTheApiButAPostNeedsTheCsrfToken() {
        String id = scenario.member("cb-vp", "g-vp", "s-2", "Trần Thị Bình");
        UiSession secretary = new UiSession(port).signedIn("secretary");
        assertThat(secretary.get("/api/reviews/" + id).status()).isEqualTo(200);
        String body = """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "%s"}""".formatted(scenario.today);
        Api.Response forged = secretary.postJson("/api/reviews/" + id + "/self-review", body, false, "vi");
        assertThat(forged.status()).as("a POST riding on the session without the token").isEqualTo(403);
        Api.Response ok = secretary.postJson("/api/reviews/" + id + "/self-review?wait=true", body, true, "vi");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(scenario.api.as("auditor").get("/api/reviews/" + id).json().get("stage").asText())
                .isEqualTo("SELF_REVIEW_SUBMITTED");
        // The history names the signed-in secretary, as with Basic.
        JsonNode history = scenario.api.as("auditor").get("/api/reviews/" + id + "/history").json();
        assertThat(history.get(1).get("actor").asText()).isEqualTo("secretary");
        // A rule error comes back in plain Vietnamese with the field named, for the form to show.
        Api.Response rule = secretary.postJson("/api/reviews/" + id + "/meeting", """
                {"heldOn": "%s", "eligible": 12, "present": 11}""".formatted(scenario.today), true, "vi");
        assertThat(rule.status()).isEqualTo(409);
        assertThat(rule.json().get("detail").asText()).contains("bước");
    }

    @Test
    void basicAuthOnTheApiNeverCreatesASession() {
        Api.Response r = api.as("office").get("/api/cycles/" + scenario.cycleId + "/dashboard");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Set-Cookie")).isNull();
    }

    @Test
    void theUiNeedsASignIn() {
        UiSession anonymous = new UiSession(port);
        Api.Response r = anonymous.get("/ui/dashboard");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login");
        assertThat(anonymous.login("office", "wrong").header("Location")).contains("/login?error");
        assertThat(anonymous.get("/login").body()).contains("lang=\"vi\"", "Đăng nhập");
        assertThat(anonymous.get("/login").header("Content-Security-Policy")).contains("script-src 'self'");
    }
}
