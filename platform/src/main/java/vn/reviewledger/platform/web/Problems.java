package vn.reviewledger.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import vn.reviewledger.platform.i18n.Words;

/**
 * The one place that builds a problem+json answer (RFC 9457), for the advices of both sides, the
 * error page, security and the filters: {@code type} and {@code rule} from the rule code, the
 * {@code title} from the bundle ({@code title.<rule>}, else the title of the status), the
 * {@code detail} from the bundle's words for the code, and {@code errors[].field} for bad input.
 * The advices only map an exception to a call here.
 */
public final class Problems {

    private static final String TYPE_BASE = "https://review-ledger.vn/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** A problem whose detail is the bundle's words for {@code key}, with its named placeholders filled. */
    public static ProblemDetail of(HttpStatus status, String rule, String key, Map<String, ?> args, Locale locale) {
        return problem(status, rule, Words.text(key, args, locale), locale);
    }

    /** A problem with a detail already in the caller's language. */
    public static ProblemDetail problem(HttpStatus status, String rule, String detail, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + rule.toLowerCase(Locale.ROOT).replace('_', '-')));
        p.setTitle(title(status, rule, locale));
        p.setProperty("rule", rule);
        return p;
    }

    /** Bad input: 400 {@code VALIDATION}, each error naming its field; the detail lists them all. */
    public static ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
        String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "VALIDATION", detail, locale);
        p.setProperty("errors", errors);
        return p;
    }

    /** One field's bad input, its message being the bundle's words for {@code key}. */
    public static ProblemDetail invalid(String field, String key, Map<String, ?> args, Locale locale) {
        return invalid(List.of(fieldError(field, Words.text(key, args, locale))), locale);
    }

    /** One entry of {@code errors}: the field (a JSON path, a parameter or a header) and its message. */
    public static Map<String, String> fieldError(String field, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }

    /** The title of a problem: the bundle's title of the rule if it has one, else that of the status. */
    static String title(HttpStatus status, String rule, Locale locale) {
        return Words.template("title." + rule, locale)
                .or(() -> Words.template("title." + statusTitle(status), locale))
                .orElse(status.getReasonPhrase());
    }

    private static String statusTitle(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "VALIDATION";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case CONFLICT -> "CONFLICT";
            case PRECONDITION_FAILED -> "STALE_VERSION";
            case INTERNAL_SERVER_ERROR -> "INTERNAL";
            default -> status.name();
        };
    }

    /** For filters and security handlers, which answer before any controller or advice is involved. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    /** The caller's language for answers written outside Spring MVC: Vietnamese unless Accept-Language is English. */
    public static Locale locale(HttpServletRequest request) {
        String lang = request.getHeader("Accept-Language");
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Words.VIETNAMESE;
    }

    /**
     * True when a person in a browser asked for a page (not an API client): the request accepts
     * HTML and its path is not under {@code /api/}. Such a caller gets the UI's own page for an
     * error, where the UI is present; everyone else keeps problem+json.
     */
    public static boolean wantsPage(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        if (path.startsWith("/api/") || path.equals("/api")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }
}
