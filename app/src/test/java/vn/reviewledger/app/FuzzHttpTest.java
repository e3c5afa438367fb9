package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/**
 * Hostile input: for every command endpoint, at least 1,000 generated requests — wrong types,
 * missing and extra fields, huge strings, control characters, mixed scripts, script and SQL
 * fragments, negative and overflowing counts, impossible dates, unknown ids, bad enums, duplicate
 * keys, broken and oversized bodies. Every answer is a success or a 4xx problem+json, never a 5xx,
 * and the event store grows only when the answer is a success.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FuzzHttpTest {

    static final int PER_ENDPOINT = Integer.getInteger("fuzz.perEndpoint", 1_000);
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    record Endpoint(String user, String path, String template) {
    }

    @Test
    void noGeneratedRequestEverGetsA5xxOrChangesAnythingWhenRefused() throws Exception {
        Api api = new Api(port);
        Scenario scenario = new Scenario(api).cycle2023();
        String opened = scenario.member("fz-1", "Nguyễn Văn Thử");
        String voted = scenario.member("fz-2", "Trần Thị Kiểm");
        scenario.driveMemberToVoted(voted, "GOOD");
        String r = "/api/reviews/";
        List<Endpoint> endpoints = List.of(
                new Endpoint("office", "/api/cycles", Scenario.cycleJson("fuzz-org", 2023)),
                new Endpoint("secretary", "/api/cycles/" + scenario.cycleId + "/reviews", """
                        {"subject": {"id": "pm-f", "name": "Lê Văn Mờ", "kind": "PARTY_MEMBER"}, "unitId": "cb-1",
                         "quotaGroupId": "g-cb-1", "leadershipPost": false, "civilServant": false, "headOfUnit": false,
                         "admittedOn": "2015-03-02"}"""),
                new Endpoint("secretary", r + opened + "/self-review", """
                        {"form": "02A", "selfRating": "GOOD", "summary": "Tự đánh giá", "submittedOn": "2023-12-04"}"""),
                new Endpoint("secretary", r + opened + "/opinions", """
                        {"source": "RESIDENCE_CELL", "author": "Chi ủy khu phố 3", "content": "Tốt"}"""),
                new Endpoint("secretary", r + opened + "/opinions/close", "{}"),
                new Endpoint("secretary", r + opened + "/meeting", """
                        {"heldOn": "2023-12-15", "eligible": 12, "present": 11, "absentWithReason": 1, "minutes": "..."}"""),
                new Endpoint("secretary", r + opened + "/vote", """
                        {"method": "SECRET_BALLOT", "eligible": 12, "present": 11, "votes": {"EXCELLENT": 2, "GOOD": 8}}"""),
                new Endpoint("secretary", r + voted + "/proposal", """
                        {"rating": "GOOD", "score": 80, "reason": "Đúng kết quả"}"""),
                new Endpoint("office", r + voted + "/decision", """
                        {"rating": "NOT_COMPLETE", "decisionNo": "15-QĐ/ĐU", "decidedOn": "2023-12-28"}"""),
                new Endpoint("office", "/api/cycles/" + scenario.cycleId + "/decisions", """
                        {"quotaGroupId": "g-cb-1", "decisionNo": "16", "entries": [{"reviewId": "%s", "rating": "GOOD"}]}"""
                        .formatted(voted)),
                new Endpoint("secretary", r + opened + "/announcement", """
                        {"announcedOn": "2024-01-05"}"""),
                new Endpoint("secretary", r + opened + "/discipline", """
                        {"imposedOn": "2023-06-01", "form": "KHIEN_TRACH", "selfDiscovered": false, "remedied": false}"""),
                new Endpoint("secretary", r + opened + "/leave", """
                        {"startedOn": "2023-03-01", "endedOn": "2023-03-10", "kind": "SICK"}"""),
                new Endpoint("secretary", r + opened + "/exemption", """
                        {"reason": "SUSPENDED", "note": "Đình chỉ"}"""),
                new Endpoint("office", r + opened + "/civil-servant-rating", """
                        {"rating": "GOOD", "ratedOn": "2023-12-10"}"""),
                new Endpoint("office", r + opened + "/extensions", """
                        {"stage": "MEETING_HELD", "newDueDate": "2023-12-28", "reason": "Ốm"}"""),
                new Endpoint("secretary", r + opened + "/complaints", """
                        {"lodgedBy": "Nguyễn Văn A", "content": "Khiếu nại", "lodgedOn": "2024-01-06"}"""),
                new Endpoint("office", r + opened + "/complaints/c-1/resolution", """
                        {"outcome": "REJECTED", "reason": "Không có căn cứ"}"""),
                new Endpoint("office", r + opened + "/reclassification", """
                        {"rating": "COMPLETE", "decisionNo": "20", "reason": "Kết luận kiểm tra"}"""),
                new Endpoint("secretary", r + opened + "/remediation", """
                        {"plan": "Khắc phục", "dueOn": "2024-06-30"}"""),
                new Endpoint("secretary", r + opened + "/close", """
                        {"reason": "Hoàn tất"}"""));

        long total = 0;
        long serverErrors = 0;
        List<String> failures = new ArrayList<>();
        long before = events();
        for (int e = 0; e < endpoints.size(); e++) {
            Endpoint endpoint = endpoints.get(e);
            Mutator mutator = new Mutator(new Random(1_000L + e), endpoint.template());
            for (int i = 0; i < PER_ENDPOINT; i++) {
                Mutator.Request request = mutator.next(endpoint.path());
                Api client = api.as(endpoint.user());
                for (String[] h : request.headers()) {
                    client = client.header(h[0], h[1]);
                }
                Api.Response response = client.post(request.path(), request.body());
                total++;
                long after = events();
                if (response.status() >= 500) {
                    serverErrors++;
                    failures.add(response.status() + " " + request.path() + " " + abbreviate(request.body()));
                } else if (response.status() >= 400) {
                    if (!response.isProblem() || after != before) {
                        failures.add("not a clean refusal " + response + " for " + abbreviate(request.body()));
                    }
                } else if (response.status() < 200 || response.status() > 299) {
                    failures.add("unexpected " + response.status());
                }
                before = after;
            }
        }
        System.out.printf("Fuzz: %d requests to %d command endpoints, %d answered 5xx%n", total, endpoints.size(),
                serverErrors);
        assertThat(failures).as("failures").isEmpty();
        assertThat(serverErrors).isZero();
        assertThat(total).isGreaterThanOrEqualTo((long) PER_ENDPOINT * endpoints.size());
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Generates one hostile variant of a valid request at a time, deterministically from its seed. */
    static final class Mutator {

        record Request(String path, String body, List<String[]> headers) {
        }

        private static final String[] NASTY = {
                "", " ", "\u0000", "\u0007\u001b[31m", "<script>alert(1)</script>", "'; drop table domain_event_entry; --",
                "\" OR 1=1 --", "../../etc/passwd", "Nguyễn Thị Ánh Tuyết ✓ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 中文 العربية", "\uD83D\uDE00\uD83D\uDE00",
                "\uD800", "null", "true", "-1", "1e400", "9223372036854775808", "2023-02-30", "2023-13-01",
                "0000-00-00", "31/12/2023", "+99999-01-01", "GOOD ", "good", "EXCELLENTT", "02C", "\u202Eevil",
                "x".repeat(70_000)};
        private static final Supplier<?>[] VALUES = {
                () -> -1, () -> Integer.MIN_VALUE, () -> Long.MAX_VALUE, () -> 1e300, () -> 0, () -> true,
                () -> null, () -> List.of(), () -> List.of(1, 2), () -> JSON.createObjectNode(),
                () -> JSON.createObjectNode().put("x", "y")};

        private final Random random;
        private final String template;

        Mutator(Random random, String template) {
            this.random = random;
            this.template = template;
        }

        Request next(String path) throws Exception {
            List<String[]> headers = new ArrayList<>();
            int kind = random.nextInt(16);
            String body;
            switch (kind) {
                case 0 -> body = template.substring(0, random.nextInt(Math.max(1, template.length())));
                case 1 -> body = NASTY[random.nextInt(NASTY.length)];
                case 2 -> body = template.replaceFirst("\\{", "{\"" + firstField() + "\": 1, ");
                case 3 -> body = "x".repeat(1_100_000);
                case 4 -> {
                    body = template;
                    List<String> ifMatch = List.of("\"abc\"", "W/\"x\"", "\"-3\"", "\"99999999999999999999\"", "\"\"",
                            "7", "\"7\", \"8\"", "*");
                    headers.add(new String[] {"If-Match", ifMatch.get(random.nextInt(ifMatch.size()))});
                }
                case 5 -> {
                    path = path.replaceAll("/api/reviews/[^/]+", "/api/reviews/"
                            + List.of("unknown", "%2e%2e", "x".repeat(500), "%E1%BB%87", "'%20or%201=1")
                            .get(random.nextInt(5)));
                    body = template;
                }
                default -> body = mutateField(kind);
            }
            return new Request(path, body, headers);
        }

        private String firstField() throws Exception {
            Iterator<String> names = JSON.readTree(template).fieldNames();
            return names.hasNext() ? names.next() : "x";
        }

        private String mutateField(int kind) throws Exception {
            JsonNode tree = JSON.readTree(template);
            if (!(tree instanceof ObjectNode object) || !object.fieldNames().hasNext()) {
                return "{\"unexpected\": " + random.nextInt() + "}";
            }
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            String field = fields.get(random.nextInt(fields.size()));
            switch (kind % 4) {
                case 0 -> object.remove(field);
                case 1 -> object.put(field, NASTY[random.nextInt(NASTY.length)]);
                case 2 -> object.set(field, JSON.valueToTree(VALUES[random.nextInt(VALUES.length)].get()));
                default -> object.put("extra_" + random.nextInt(100), NASTY[random.nextInt(NASTY.length)]);
            }
            return JSON.writeValueAsString(object);
        }
    }
}
