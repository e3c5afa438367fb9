package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.reviewledger.support.Scenario;

/**
 * The production profile: bearer JWTs only, signed by the identity provider's key (here a key pair
 * made by the test, its public half given as {@code public-key-location}); roles and units come from
 * the token's claims and scope the answers exactly as for embedded users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "production"})
class ProductionJwtHttpTest {

    private static final KeyPair ISSUER = rsa();
    private static final KeyPair STRANGER = rsa();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("issuer", ".pub");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ISSUER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
        // The production profile refuses the demo signing key of reviewledger-query-side.yml: an operator's own pair.
        KeyPair signing = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        registry.add("reviewledger.audit.signing-key",
                () -> Base64.getEncoder().encodeToString(signing.getPrivate().getEncoded()));
        registry.add("reviewledger.audit.public-key",
                () -> Base64.getEncoder().encodeToString(signing.getPublic().getEncoded()));
    }

    @LocalServerPort
    int port;

    String cycleId;
    String mine;
    String theirs;

    @BeforeEach
    void setUp() throws Exception {
        String admin = token(ISSUER, "quan-tri", List.of("ADMIN"), List.of(), 600);
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Answer cycle = post("/api/cycles?wait=true", Scenario.cycleJson(org, 2023), admin);
        assertThat(cycle.status).as(cycle.body).isEqualTo(201);
        cycleId = JSON.readTree(cycle.body).get("cycleId").asText();
        mine = open("cb-1", "jwt-1", admin);
        theirs = open("cb-2", "jwt-2", admin);
    }

    private String open(String unit, String subject, String token) throws Exception {
        Answer r = post("/api/cycles/" + cycleId + "/reviews?wait=true", """
                {"subject": {"id": "%s", "name": "Trần Văn Khóa", "kind": "PARTY_MEMBER"}, "unitId": "%s",
                 "quotaGroupId": "g-cb-1", "admittedOn": "2015-03-02"}""".formatted(subject, unit), token);
        assertThat(r.status).as(r.body).isEqualTo(201);
        return JSON.readTree(r.body).get("reviewId").asText();
    }

    @Test
    void aValidTokenActsAndReadsWithinTheUnitsOfItsClaims() throws Exception {
        String secretary = token(ISSUER, "thu-ky-cb1", List.of("SECRETARY"), List.of("cb-1"), 600);
        assertThat(get("/api/reviews/" + mine, secretary).status).isEqualTo(200);
        Answer other = get("/api/reviews/" + theirs, secretary);
        assertThat(other.status).isEqualTo(403);
        assertThat(JSON.readTree(other.body).get("rule").asText()).isEqualTo("SCOPE");
        assertThat(post("/api/reviews/" + theirs + "/opinions/close", "{}", secretary).status).isEqualTo(403);

        Answer step = post("/api/reviews/" + mine + "/self-review?wait=true", """
                {"form": "02A", "selfRating": "GOOD", "summary": "x", "submittedOn": "2023-12-04"}""", secretary);
        assertThat(step.status).as(step.body).isEqualTo(200);
        JsonNode history = JSON.readTree(get("/api/reviews/" + mine + "/history", secretary).body);
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("actor").asText()).isEqualTo("thu-ky-cb1");
        assertThat(last.get("role").asText()).isEqualTo("SECRETARY");

        JsonNode page = JSON.readTree(get("/api/reviews?cycleId=" + cycleId, secretary).body);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("reviewId").asText()).isEqualTo(mine);
    }

    @Test
    void rolesAndUnitsMayAlsoArriveAsOneString() throws Exception {
        String auditor = token(ISSUER, "kiem-toan", "AUDITOR", "", 600);
        assertThat(get("/api/reviews/" + theirs, auditor).status).isEqualTo(200);
        Answer command = post("/api/reviews/" + theirs + "/opinions/close", "{}", auditor);
        assertThat(command.status).isEqualTo(403);
        String office = token(ISSUER, "van-phong", "OFFICE", "cb-2", 600);
        assertThat(get("/api/reviews/" + theirs, office).status).isEqualTo(200);
        assertThat(get("/api/reviews/" + mine, office).status).isEqualTo(403);
    }

    @Test
    void anExpiredTokenABadSignatureOrNoTokenIs401ProblemJson() throws Exception {
        String expired = token(ISSUER, "cu", List.of("ADMIN"), List.of(), -600);
        String forged = token(STRANGER, "gia", List.of("ADMIN"), List.of(), 600);
        for (String token : new String[] {expired, forged, null, "not-a-jwt"}) {
            Answer r = get("/api/reviews/" + mine, token);
            assertThat(r.status).as(String.valueOf(token)).isEqualTo(401);
            assertThat(r.contentType).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body).get("rule").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(r.challenge).startsWith("Bearer");
        }
        assertThat(post("/api/reviews/" + mine + "/opinions/close", "{}", forged).status).isEqualTo(401);
    }

    @Test
    void theDemoUsersAndBasicDoNotExistHere() throws Exception {
        HttpRequest basic = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reviews/" + mine))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                .GET().build();
        assertThat(HTTP.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        // No form login either: the screens take the bearer token (from an authenticating proxy).
        assertThat(get("/ui/dashboard", null).status).isEqualTo(401);
        String admin = token(ISSUER, "quan-tri", List.of("ADMIN"), List.of(), 600);
        Answer screen = get("/ui/reviews/" + mine, admin);
        assertThat(screen.status).isEqualTo(200);
        assertThat(screen.body).contains("Trần Văn Khóa");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    record Answer(int status, String contentType, String challenge, String body) {
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token valid for {@code seconds} from now (negative: expired that long ago). */
    private static String token(KeyPair key, String user, Object roles, Object units, int seconds) throws Exception {
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("sub-" + user)
                .claim("preferred_username", user)
                .claim("roles", roles)
                .claim("units", units)
                .issueTime(new Date(now - Math.abs(seconds) * 2000L))
                .expirationTime(new Date(now + seconds * 1000L))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

    private Answer get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
    }

    private Answer post(String path, String json, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), token);
    }

    private Answer send(HttpRequest.Builder b, String token) throws Exception {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("WWW-Authenticate").orElse(""), r.body());
    }
}
