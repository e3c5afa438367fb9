package vn.reviewledger.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reached a controller (an unknown path, a wrong method, a failure in a filter)
 * still answer problem+json, never Boot's default page or a stack trace.
 */
@Hidden // not an endpoint of the API: where errors of every endpoint end up
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String rule = switch (status) {
            case NOT_FOUND -> "NOT_FOUND";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            default -> status.is4xxClientError() ? "VALIDATION" : "INTERNAL";
        };
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("https://review-ledger.vn/problems/" + rule.toLowerCase(Locale.ROOT).replace('_', '-')));
        p.setTitle(status.getReasonPhrase());
        p.setProperty("rule", rule);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
