package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.kernel.audit.AuditBundle;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;
import vn.reviewledger.verifier.BundleVerifier;

/**
 * The audit features over HTTP against the real store: the hash chain stored with each event and its
 * verification after a row is altered in the database, the filtered histories, the signed bundles
 * checked with the offline verifier, and the record of auditors' reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Scenario scenario;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scenario = new Scenario(api).cycle2023();
    }

    private JsonNode verify(String reviewId) {
        Api.Response r = api.as("auditor").get("/api/reviews/" + reviewId + "/verify");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Rewrites one stored column of one event behind the application's back, as an intruder with SQL would. */
    private void alter(String reviewId, long sequence, String column, String from, String to) {
        byte[] stored = jdbc.queryForObject("select " + column + " from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = ?", byte[].class, reviewId, sequence);
        String text = new String(stored, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        int changed = jdbc.update("update domain_event_entry set " + column + " = ? "
                        + "where aggregate_identifier = ? and sequence_number = ?",
                text.replace(from, to).getBytes(StandardCharsets.UTF_8), reviewId, sequence);
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void verificationNamesTheFirstStoredEventWhosePayloadOrMetadataWasAltered() {
        String paid = scenario.member("pm-t1", "Nguyễn Văn An");
        scenario.driveMemberToProposed(paid, "GOOD");
        JsonNode intact = verify(paid);
        assertThat(intact.get("valid").asBoolean()).isTrue();
        int events = intact.get("events").asInt();
        assertThat(events).isGreaterThanOrEqualTo(5);
        assertThat(intact.has("firstMismatch")).isFalse();

        alter(paid, 1, "payload", "\"GOOD\"", "\"EXCELLENT\"");
        JsonNode broken = verify(paid);
        assertThat(broken.get("valid").asBoolean()).isFalse();
        assertThat(broken.get("firstMismatch").asLong()).isEqualTo(1);

        String meta = scenario.member("pm-t2", "Trần Thị Bình");
        scenario.step("secretary", "/api/reviews/" + meta + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "summary": "Tự đánh giá"}""");
        assertThat(verify(meta).get("valid").asBoolean()).isTrue();
        alter(meta, 0, "meta_data", "\"secretary\"", "\"admin\"");
        JsonNode metaBroken = verify(meta);
        assertThat(metaBroken.get("valid").asBoolean()).isFalse();
        assertThat(metaBroken.get("firstMismatch").asLong()).isZero();

        assertThat(api.as("auditor").get("/api/reviews/nope/verify").status()).isEqualTo(404);
    }

    @Test
    void aGroupDecisionChainsEveryReviewItTouchesAndTheCycleInOneUnitOfWork() throws Exception {
        String first = scenario.member("pm-g1", "Nguyễn Thị Một");
        String second = scenario.member("pm-g2", "Nguyễn Văn Hai");
        scenario.driveMemberToProposed(first, "GOOD");
        scenario.driveMemberToProposed(second, "GOOD");
        scenario.step("office", "/api/cycles/" + scenario.cycleId + "/decisions", """
                {"quotaGroupId": "g-cb-1", "decisionNo": "16-QĐ/ĐU", "decidedOn": "2023-12-28",
                 "entries": [{"reviewId": "%s", "rating": "GOOD"}, {"reviewId": "%s", "rating": "GOOD"}]}"""
                .formatted(first, second));
        assertThat(types(scenario.history(first))).contains("RatingDecided");
        assertThat(verify(first).get("valid").asBoolean()).isTrue();
        assertThat(verify(second).get("valid").asBoolean()).isTrue();
        BundleVerifier.Result cycle = BundleVerifier.verify(
                download("auditor", "/api/cycles/" + scenario.cycleId + "/bundle").body(), serverKey());
        assertThat(cycle.valid()).as(cycle.message()).isTrue();
    }

    @Test
    void eachHistoryEntryCarriesEveryAuditFieldAndItsLinkInTheChain() {
        String id = scenario.member("pm-h1", "Lê Đức Cường");
        scenario.driveMemberToAnnounced(id, "GOOD");
        JsonNode history = scenario.history(id);
        String previous = null;
        for (JsonNode e : history) {
            assertThat(e.get("reviewId").asText()).isEqualTo(id);
            assertThat(e.get("actor").asText()).isNotBlank();
            assertThat(e.get("role").asText()).isNotBlank();
            assertThat(e.get("unit").isNull()).as("unit of %s", e).isFalse();
            assertThat(e.get("requestId").asText()).isNotBlank();
            assertThat(e.get("occurredAt").asText()).isNotBlank();
            assertThat(e.get("payload").isObject()).isTrue();
            assertThat(e.get("hash").asText()).matches("[0-9a-f]{64}").isNotEqualTo(previous);
            previous = e.get("hash").asText();
        }
        JsonNode decided = history.get(findIndex(history, "RatingDecided"));
        assertThat(decided.get("businessDate").asText()).isEqualTo("2023-12-28");
        assertThat(decided.get("actor").asText()).isEqualTo("office");
        assertThat(decided.get("role").asText()).isEqualTo("OFFICE");
        assertThat(history.get(0).get("businessDate").isNull()).as("opening names no business date").isTrue();
    }

    private static int findIndex(JsonNode history, String type) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).get("type").asText().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in " + history);
    }

    private static List<String> types(JsonNode entries) {
        List<String> types = new ArrayList<>();
        entries.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void historiesOfAReviewAndOfACycleFilterByActorTypeAndRecordedTime() throws Exception {
        String first = scenario.member("pm-f1", "Phạm Thị Hương");
        scenario.driveMemberToProposed(first, "GOOD");
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        String r = "/api/reviews/" + first;
        scenario.step("office", r + "/decision", """
                {"rating": "GOOD", "decisionNo": "15-QĐ/ĐU", "decidedOn": "2023-12-28"}""");
        String second = scenario.member("pm-f2", "Đặng Quốc Việt");

        JsonNode byOffice = api.as("auditor").get(r + "/history?actor=office").json();
        assertThat(types(byOffice)).containsExactly("RatingDecided");
        JsonNode bySecretary = api.as("auditor").get(r + "/history?actor=secretary").json();
        assertThat(types(bySecretary)).contains("ReviewOpened", "SelfReviewSubmitted").doesNotContain("RatingDecided");
        assertThat(types(api.as("auditor").get(r + "/history?type=VoteHeld").json())).containsExactly("VoteHeld");
        assertThat(types(api.as("auditor").get(r + "/history?from=" + between).json())).containsExactly("RatingDecided");
        List<String> before = types(api.as("auditor").get(r + "/history?to=" + between).json());
        assertThat(before).contains("ReviewOpened", "RatingProposed").doesNotContain("RatingDecided");
        assertThat(api.as("auditor").get(r + "/history?actor=nobody").json()).isEmpty();

        String c = "/api/cycles/" + scenario.cycleId + "/history";
        JsonNode all = api.as("auditor").get(c + "?size=500").json();
        long total = all.get("total").asLong();
        assertThat(total).isEqualTo(all.get("items").size());
        List<String> reviews = new ArrayList<>();
        all.get("items").forEach(e -> reviews.add(e.get("reviewId").asText()));
        assertThat(reviews).contains(first, second).containsOnly(first, second);
        JsonNode page = api.as("auditor").get(c + "?size=2&page=1").json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0)).isEqualTo(all.get("items").get(2));
        assertThat(page.get("totalPages").asLong()).isEqualTo((total + 1) / 2);
        JsonNode opened = api.as("auditor").get(c + "?type=ReviewOpened").json();
        assertThat(opened.get("total").asLong()).isEqualTo(2);
        JsonNode decidedSince = api.as("auditor").get(c + "?actor=office&from=" + between).json();
        assertThat(types(decidedSince.get("items"))).containsExactly("RatingDecided");

        for (String bad : List.of(r + "/history?from=yesterday", r + "/history?from=" + between + "&to=" + between,
                r + "/history?type=a%20b", c + "?size=0", c + "?page=-1")) {
            Api.Response problem = api.as("auditor").get(bad);
            assertThat(problem.status()).as(bad + " " + problem).isEqualTo(400);
            assertThat(problem.isProblem()).isTrue();
            assertThat(problem.json().get("errors").get(0).get("field").asText()).isNotBlank();
        }
        assertThat(api.as("auditor").get("/api/reviews/nope/history").status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/cycles/nope/history").status()).isEqualTo(404);
    }

    private HttpResponse<byte[]> download(String user, String path) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private PublicKey serverKey() throws Exception {
        HttpResponse<byte[]> pem = download("auditor", "/api/audit/public-key");
        assertThat(pem.statusCode()).isEqualTo(200);
        return AuditBundle.publicKey(new String(pem.body(), StandardCharsets.US_ASCII));
    }

    private static List<String> lines(byte[] bundle) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bundle))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(AuditBundle.EVENTS)) {
                    return List.of(new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
                }
            }
        }
        throw new AssertionError("no events.jsonl");
    }

    @Test
    void aBundleFromTheServerPassesTheOfflineVerifierAndFailsItWithAnyByteChanged() throws Exception {
        String id = scenario.member("pm-b1", "Võ Thị Sáu");
        scenario.driveMemberToProposed(id, "GOOD");
        String other = scenario.member("pm-b2", "Hoàng Văn Thụ");
        PublicKey key = serverKey();

        HttpResponse<byte[]> review = download("auditor", "/api/reviews/" + id + "/bundle");
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(review.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        byte[] bundle = review.body();
        BundleVerifier.Result ok = BundleVerifier.verify(bundle, key);
        assertThat(ok.valid()).as(ok.message()).isTrue();
        List<String> lines = lines(bundle);
        assertThat(lines.get(0)).contains("\"scope\":\"review\"").contains("\"exportedBy\":\"auditor\"");
        assertThat(lines).hasSize(verify(id).get("events").asInt() + 1);
        for (int i = 0; i < bundle.length; i += 7) {
            byte[] changed = bundle.clone();
            changed[i] = (byte) (changed[i] ^ 0x01);
            assertThat(BundleVerifier.verify(changed, key).valid()).as("byte %d changed", i).isFalse();
        }

        HttpResponse<byte[]> cycle = download("auditor", "/api/cycles/" + scenario.cycleId + "/bundle");
        assertThat(cycle.statusCode()).isEqualTo(200);
        BundleVerifier.Result cycleOk = BundleVerifier.verify(cycle.body(), key);
        assertThat(cycleOk.valid()).as(cycleOk.message()).isTrue();
        String cycleLines = String.join("\n", lines(cycle.body()));
        assertThat(cycleLines).contains("\"aggregateId\":\"" + scenario.cycleId + "\"")
                .contains("\"aggregateId\":\"" + id + "\"").contains("\"aggregateId\":\"" + other + "\"");

        // Only meaning counts: spacing added to the stored JSON changes no canonical form, so no hash.
        alter(id, 1, "payload", "\"" + id + "\"", " \"" + id + "\" ");
        assertThat(verify(id).get("valid").asBoolean()).isTrue();
        // Altered in the database, then exported: the signature holds (the server signs what it has), the
        // chain does not, and the verifier names the line.
        alter(id, 2, "payload", "\"" + id + "\"", "\"" + id + "-x\"");
        BundleVerifier.Result tampered = BundleVerifier.verify(download("auditor", "/api/reviews/" + id + "/bundle")
                .body(), key);
        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.line()).as(tampered.message()).isEqualTo(4);

        assertThat(download("auditor", "/api/reviews/nope/bundle").statusCode()).isEqualTo(404);
    }

    @Test
    void readsOfHistoryBundlesAndPastStatesByAuditorsAndAdminsAreRecorded() throws Exception {
        String id = scenario.member("pm-r1", "Bùi Thị Xuân");
        Instant now = Instant.now();
        api.as("auditor").get("/api/reviews/" + id + "/history");
        download("auditor", "/api/reviews/" + id + "/bundle");
        api.as("auditor").get("/api/reviews/" + id + "?asOf=" + now);
        api.as("admin").get("/api/reviews/" + id + "/history?type=ReviewOpened");
        api.as("secretary").get("/api/reviews/" + id + "/history");
        api.as("auditor").get("/api/reviews/" + id);

        Api.Response r = api.as("auditor").get("/api/audit/reads?size=1000");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> seen = new ArrayList<>();
        for (JsonNode read : r.json().get("items")) {
            if (id.equals(read.get("targetId").asText())) {
                seen.add(read.get("username").asText() + " " + read.get("kind").asText() + " "
                        + read.get("status").asInt());
                assertThat(read.get("readAt").asText()).isNotBlank();
                assertThat(read.get("path").asText()).startsWith("/api/reviews/" + id);
            }
        }
        // Newest first; the secretary's read and the plain read of the review are not audit reads.
        assertThat(seen).containsExactly("admin REVIEW_HISTORY 200", "auditor REVIEW_AS_OF 200",
                "auditor REVIEW_BUNDLE 200", "auditor REVIEW_HISTORY 200");
        JsonNode admins = api.as("admin").get("/api/audit/reads?username=admin").json();
        admins.get("items").forEach(read -> assertThat(read.get("username").asText()).isEqualTo("admin"));

        Api.Response refused = api.as("secretary").get("/api/audit/reads");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.as("office").get("/api/audit/reads").status()).isEqualTo(403);
    }

    @Test
    void theAuditEndpointsAreDescribedInTheOpenApiDocument() {
        JsonNode paths = api.anonymous().get("/v3/api-docs").json().get("paths");
        for (String path : List.of("/api/reviews/{id}/history", "/api/cycles/{cycleId}/history",
                "/api/reviews/{id}/verify", "/api/reviews/{id}/bundle", "/api/cycles/{cycleId}/bundle",
                "/api/audit/public-key", "/api/audit/reads")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/reviews/{id}").toString()).contains("asOf");
    }
}
