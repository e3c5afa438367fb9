package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;

/**
 * The OpenAPI description a client is generated from (app/pom.xml, GeneratedClientTest) is a file
 * in the repository; it must be what the running application describes, so it cannot go stale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("src/test/resources/openapi/review-ledger.json");
    static final Path LIVE_COPY = Path.of("target/openapi/review-ledger.json");

    @LocalServerPort
    int port;

    @Test
    void theCommittedDescriptionIsTheLiveOne() throws IOException {
        Api.Response r = new Api(port).anonymous().get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        ObjectMapper json = new ObjectMapper();
        JsonNode live = json.readTree(r.body());
        String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n";
        Files.createDirectories(LIVE_COPY.getParent());
        Files.writeString(LIVE_COPY, pretty);
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(COMMITTED, pretty);
        }
        JsonNode committed = json.readTree(COMMITTED.toFile());
        // Object members compare without order; a change of order in a list is a change.
        assertThat(live).as("""
                The API's OpenAPI description differs from app/%s, which the generated client is built from.
                If the change is meant, refresh the file: run this test with -Dopenapi.refresh=true (or copy
                app/%s over it), review the diff, and build again (mvn -o -q -pl app -am test-compile) to
                regenerate the client.""".formatted(COMMITTED, LIVE_COPY)).isEqualTo(committed);
    }
}
