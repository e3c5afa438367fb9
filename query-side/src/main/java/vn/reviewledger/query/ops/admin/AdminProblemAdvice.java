package vn.reviewledger.query.ops.admin;

import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.reviewledger.platform.web.Problems;

/** problem+json for the administration endpoints (dead letters, replays, the action record). */
@RestControllerAdvice(basePackages = {"vn.reviewledger.query.ops.admin", "vn.reviewledger.query.ops.deadletter",
        "vn.reviewledger.query.ops.replay"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminProblemAdvice {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AdminProblemAdvice.class);

    @ExceptionHandler(AdminProblem.class)
    ProblemDetail refused(AdminProblem e, Locale locale) {
        if (e.field != null && e.status == HttpStatus.BAD_REQUEST) {
            return Problems.invalid(e.field, e.key, e.args, locale);
        }
        return Problems.of(e.status, e.rule, e.key, e.args, locale);
    }

    /** A body that is not JSON at all: the reason cannot be read from it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        return refused(AdminProblem.missing("reason"), locale);
    }

    /** Anything else: a 4xx Spring already decided keeps its status; the rest is a 500 without a stack trace. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            return Problems.problem(HttpStatus.valueOf(er.getStatusCode().value()), "VALIDATION",
                    er.getBody().getDetail(), locale);
        }
        log.error("Unexpected failure of an administration request", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "INTERNAL", Map.of(), locale);
    }
}
