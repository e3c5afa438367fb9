package vn.reviewledger.query.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.reviewledger.query.web.BadRequest;
import vn.reviewledger.query.web.Forbidden;
import vn.reviewledger.query.web.NotFound;

/** Errors of the screens as a page in the user's language, never a stack trace or a JSON body. */
@ControllerAdvice(basePackages = {"vn.reviewledger.query.ui", "vn.reviewledger.query.imports"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiErrors {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @ExceptionHandler(NotFound.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("messageKey", "error.notFound");
        return "message";
    }

    @ExceptionHandler(Forbidden.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("messageKey", "error.forbidden");
        return "message";
    }

    @ExceptionHandler({BadRequest.class, MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class})
    String badRequest(HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("messageKey", "error.badRequest");
        return "message";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Unexpected failure of a screen", e);
        response.setStatus(500);
        model.addAttribute("messageKey", "error.internal");
        return "message";
    }
}
