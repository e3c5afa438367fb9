package vn.reviewledger.query.access;

import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.reviewledger.platform.web.Problems;

/**
 * problem+json for the read API: unknown ids are 404, bad parameters 400, nothing leaks a stack trace.
 * Ordered just after the screens' errors (UiErrors): a feature's screens share its package.
 */
@RestControllerAdvice(basePackages = {"vn.reviewledger.query.review", "vn.reviewledger.query.progress",
        "vn.reviewledger.query.tasks", "vn.reviewledger.query.cycle", "vn.reviewledger.query.export",
        "vn.reviewledger.query.ops.audit"})
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(QueryProblemAdvice.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, Locale locale) {
        return Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "NOT_FOUND_ID", Map.of("id", e.id), locale);
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e, Locale locale) {
        return Problems.of(HttpStatus.FORBIDDEN, "SCOPE", "SCOPE_READ", Map.of(), locale);
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e, Locale locale) {
        return Problems.invalid(e.field, e.key, e.args, locale);
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(org.springframework.web.bind.MissingServletRequestParameterException e,
                                   Locale locale) {
        return Problems.invalid(e.getParameterName(), "validation.NotNull", Map.of(), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        return Problems.invalid(e.getName(), "validation.Invalid", Map.of(), locale);
    }

    /** A read the signed-in role may not make (checked in the controller, e.g. the record of reads). */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e, Locale locale) {
        return Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "FORBIDDEN_READ", Map.of(), locale);
    }

    /** A browser that closed its event stream: nothing to answer, nothing went wrong. */
    @ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
    void disconnected(org.springframework.web.context.request.async.AsyncRequestNotUsableException e) {
        log.debug("Client went away: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            return Problems.problem(HttpStatus.valueOf(er.getStatusCode().value()), "VALIDATION",
                    er.getBody().getDetail(), locale);
        }
        log.error("Unexpected failure of a read request", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "INTERNAL", Map.of(), locale);
    }
}
