package vn.reviewledger.query.access;

import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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
        boolean en = "en".equals(locale.getLanguage());
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", en ? "Not found" : "Không tìm thấy",
                (en ? "Nothing found with id " : "Không tìm thấy mã ") + e.id);
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return problem(HttpStatus.FORBIDDEN, "SCOPE", en ? "Forbidden" : "Không có quyền",
                en ? "This is outside the units you may read." : "Nội dung này nằm ngoài phạm vi đơn vị bạn được xem.");
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String message = en ? e.messageEn : e.messageVi;
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "VALIDATION", en ? "Invalid input" : "Dữ liệu không hợp lệ",
                e.field + ": " + message);
        p.setProperty("errors", java.util.List.of(java.util.Map.of("field", e.field, "message", message)));
        return p;
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(org.springframework.web.bind.MissingServletRequestParameterException e,
                                   Locale locale) {
        return badRequest(new BadRequest(e.getParameterName(), "bắt buộc phải có", "is required"), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "VALIDATION", en ? "Invalid input" : "Dữ liệu không hợp lệ",
                e.getName() + ": " + (en ? "invalid value" : "giá trị không hợp lệ"));
        p.setProperty("errors", java.util.List.of(java.util.Map.of("field", e.getName(),
                "message", en ? "invalid value" : "giá trị không hợp lệ")));
        return p;
    }

    /** A read the signed-in role may not make (checked in the controller, e.g. the record of reads). */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", en ? "Forbidden" : "Không được phép",
                en ? "Your role may not read this." : "Vai trò của bạn không được xem nội dung này.");
    }

    /** A browser that closed its event stream: nothing to answer, nothing went wrong. */
    @ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
    void disconnected(org.springframework.web.context.request.async.AsyncRequestNotUsableException e) {
        log.debug("Client went away: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            return problem(HttpStatus.valueOf(er.getStatusCode().value()), "VALIDATION",
                    HttpStatus.valueOf(er.getStatusCode().value()).getReasonPhrase(), er.getBody().getDetail());
        }
        log.error("Unexpected failure of a read request", e);
        boolean en = "en".equals(locale.getLanguage());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", en ? "System error" : "Lỗi hệ thống",
                en ? "The request could not be answered." : "Không trả lời được yêu cầu.");
    }

    private static ProblemDetail problem(HttpStatus status, String rule, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://review-ledger.vn/problems/" + rule.toLowerCase(Locale.ROOT).replace('_', '-')));
        p.setTitle(title);
        p.setProperty("rule", rule);
        return p;
    }
}
