package vn.reviewledger.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors that never reached a controller (an unknown path, a wrong method, a refusal, a failure in
 * a filter) still answer problem+json, never Boot's default page or a stack trace. A person in a
 * browser asking for a page ({@link Problems#wantsPage}) gets the UI's own page instead, where a
 * UI runs in this process (an {@link ErrorViewResolver} of the UI); API clients keep problem+json.
 */
@Hidden // not an endpoint of the API: where errors of every endpoint end up
@Controller
class ProblemErrorController implements ErrorController {

    private final ObjectProvider<ErrorViewResolver> pages;

    ProblemErrorController(ObjectProvider<ErrorViewResolver> pages) {
        this.pages = pages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        if (Problems.wantsPage(request)) {
            for (ErrorViewResolver resolver : pages.orderedStream().toList()) {
                ModelAndView page = resolver.resolveErrorView(request, status, Map.of());
                if (page != null) {
                    page.setStatus(status);
                    return page;
                }
            }
        }
        Problems.write(response, problem(request, status));
        return null;
    }

    @RequestMapping("/error")
    @ResponseBody
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request, status));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
        var locale = RequestContextUtils.getLocale(request);
        return switch (status) {
            case NOT_FOUND -> Problems.of(status, "NOT_FOUND", "NO_SUCH_PATH",
                    Map.of("path", String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))), locale);
            case UNAUTHORIZED -> Problems.of(status, "UNAUTHENTICATED", "UNAUTHENTICATED", Map.of(), locale);
            case FORBIDDEN -> Problems.of(status, "FORBIDDEN", "FORBIDDEN", Map.of(), locale);
            default -> status.is4xxClientError()
                    ? Problems.problem(status, "VALIDATION", status.getReasonPhrase(), locale)
                    : Problems.of(status, "INTERNAL", "INTERNAL", Map.of(), locale);
        };
    }
}
