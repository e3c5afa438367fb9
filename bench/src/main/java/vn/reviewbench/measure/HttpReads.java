package vn.reviewbench.measure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one HTTP client both sides' reads go through, so both pay the same client: a GET with Basic
 * authentication on loopback, the whole body read as a string inside the call. No JSON parsing here:
 * whoever times a read parses (or not) outside the timed interval.
 */
public final class HttpReads {

    /** The user both endpoints accept; the Flowable endpoint checks the same header. */
    public static final String USER = "auditor";
    public static final String PASSWORD = "demo";
    public static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public HttpReads(String base) {
        this.base = base;
    }

    public String get(String path) throws Exception {
        return get(AUTHORIZATION, path);
    }

    /** A POST of a JSON body; answers the status code and body. */
    public HttpResponse<String> post(String authorization, String path, String json) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    public String get(String authorization, String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " -> " + res.statusCode() + " " + res.body());
        }
        return res.body();
    }
}
