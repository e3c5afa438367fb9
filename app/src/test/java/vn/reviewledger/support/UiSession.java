package vn.reviewledger.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client of the web UI: signs in through the login form, keeps the session cookie,
 * and sends the CSRF token the pages carry, as the UI's own script does.
 */
public final class UiSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String csrf;

    public UiSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in; answers the status of the login POST (302 to "/" when it worked). */
    public Api.Response login(String username, String password) {
        Api.Response page = get("/login");
        Matcher m = FORM_TOKEN.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on the login page: " + page);
        }
        // Signing in replaces the session and its token: the login page's token is spent.
        csrf = null;
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public UiSession signedIn(String username) {
        Api.Response r = login(username, Api.PASSWORD);
        if (r.status() != 302 || r.header("Location").contains("error")) {
            throw new AssertionError("login of " + username + " failed: " + r + " " + r.header("Location"));
        }
        return this;
    }

    public Api.Response get(String path) {
        Api.Response r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = META_TOKEN.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** A GET as a browser's address bar sends it: HTML first, anything else after. */
    public Api.Response open(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    /** A GET as a script asking for JSON sends it, with the session cookie. */
    public Api.Response getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", "application/json"));
    }

    /** A JSON POST as the UI's script sends it: session cookie, CSRF header, the page's language. */
    public Api.Response postJson(String path, String json, boolean withCsrf, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (withCsrf) {
            if (csrf == null) {
                get("/ui/tasks");
            }
            b.header("X-CSRF-TOKEN", csrf);
        }
        return send(b);
    }

    private Api.Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = http.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
