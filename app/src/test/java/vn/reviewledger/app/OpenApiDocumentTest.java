package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

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
        assertThat(differences("", committed, live)).as("""
                The API's OpenAPI description differs from app/%s, which the generated client is built from.
                If the change is meant, refresh the file: run this test with -Dopenapi.refresh=true (or copy
                app/%s over it), review the diff, and build again (mvn -o -q -pl app -am test-compile) to
                regenerate the client.""".formatted(COMMITTED, LIVE_COPY)).isEmpty();
    }

    /** Where two descriptions differ, as JSON pointers (the first 20), rather than both whole. */
    private static List<String> differences(String at, JsonNode committed, JsonNode live) {
        List<String> found = new ArrayList<>();
        if (committed.isObject() && live.isObject()) {
            Set<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            live.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String here = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !live.has(name)) {
                    found.add(here + (live.has(name) ? " is new" : " is gone"));
                } else {
                    found.addAll(differences(here, committed.get(name), live.get(name)));
                }
            }
        } else if (!committed.equals(live)) {
            found.add(at + ": " + abbreviated(committed) + " is now " + abbreviated(live));
        }
        return found.size() > 20 ? found.subList(0, 20) : found;
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    /**
     * What Redocly's recommended rules found missing before (docs/openapi-lint.sh runs the linter
     * itself against a running app): every operation has a summary, declares each variable of its
     * path, answers a typed body rather than {@code *}{@code /*}, and names its problem+json answers;
     * the security schemes are declared.
     */
    @Test
    void everyOperationSaysWhatAClientNeeds() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(COMMITTED.toFile());
        assertThat(doc.at("/components/securitySchemes").fieldNames()).toIterable().contains("basic", "bearer");
        assertThat(doc.at("/components/schemas/Problem/properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "rule", "errors");
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("summary").asText()).as(where + " summary").isNotBlank();
            Matcher variables = PATH_VARIABLE.matcher(path.getKey());
            while (variables.find()) {
                String name = variables.group(1);
                assertThat(operation.path("parameters").findValuesAsText("name")).as(where + " declares " + name)
                        .contains(name);
            }
            assertThat(operation.path("parameters").findValuesAsText("name")).as(where).doesNotContain("step");
            JsonNode responses = operation.get("responses");
            responses.fields().forEachRemaining(r -> assertThat(r.getValue().path("content").has("*/*"))
                    .as(where + " " + r.getKey() + " has a media type").isFalse());
            assertThat(responses.path("401").isMissingNode()).as(where + " 401").isFalse();
            assertThat(responses.path("403").isMissingNode()).as(where + " 403").isFalse();
        }));
        assertThat(doc.at("/paths/~1api~1reviews~1{id}~1self-review/post/responses/409/$ref").asText())
                .isEqualTo("#/components/responses/Problem409");
        assertThat(doc.at("/components/responses/Problem409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
    }
}
