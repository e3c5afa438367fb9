package vn.reviewledger.query.ops.admin;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for the administration endpoints (dead letters, replays, the action record). */
@RestControllerAdvice(basePackages = {"vn.reviewledger.query.ops.admin", "vn.reviewledger.query.ops.deadletter",
        "vn.reviewledger.query.ops.replay"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminProblemAdvice {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AdminProblemAdvice.class);

    @ExceptionHandler(AdminProblem.class)
    ProblemDetail refused(AdminProblem e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String message = en ? e.messageEn : e.messageVi;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status, message);
        p.setType(URI.create("https://review-ledger.vn/problems/" + e.rule.toLowerCase(Locale.ROOT).replace('_', '-')));
        p.setTitle(title(e.status, en));
        p.setProperty("rule", e.rule);
        if (e.field != null && e.status == HttpStatus.BAD_REQUEST) {
            p.setProperty("errors", List.of(Map.of("field", e.field, "message", message)));
        }
        return p;
    }

    /** A body that is not JSON at all: the reason cannot be read from it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        return refused(AdminProblem.missing("reason"), locale);
    }

    /** Anything else: a 4xx Spring already decided keeps its status; the rest is a 500 without a stack trace. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(er.getStatusCode().value());
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, er.getBody().getDetail());
            p.setTitle(title(status, en));
            p.setProperty("rule", "VALIDATION");
            return p;
        }
        log.error("Unexpected failure of an administration request", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                en ? "The request could not be answered." : "Không trả lời được yêu cầu.");
        p.setTitle(en ? "System error" : "Lỗi hệ thống");
        p.setProperty("rule", "INTERNAL");
        return p;
    }

    private static String title(HttpStatus status, boolean en) {
        return switch (status) {
            case BAD_REQUEST -> en ? "Invalid input" : "Dữ liệu không hợp lệ";
            case NOT_FOUND -> en ? "Not found" : "Không tìm thấy";
            case CONFLICT -> en ? "Conflict" : "Xung đột";
            default -> status.getReasonPhrase();
        };
    }
}
