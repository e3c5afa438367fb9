package vn.reviewledger.query.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.reviewledger.query.access.BadRequest;
import vn.reviewledger.query.access.Forbidden;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.Viewer;

/**
 * Errors of the screens as a page in the user's language, never a stack trace or a JSON body; also
 * the page that platform's error controller shows a browser for a page that does not exist or is
 * refused, wherever in the application it was asked for.
 */
@ControllerAdvice(basePackageClasses = UiErrors.class, annotations = UiPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiErrors implements ErrorViewResolver {

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

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String key = switch (status) {
            case NOT_FOUND -> "error.notFound";
            case FORBIDDEN -> "error.refused";
            case BAD_REQUEST, METHOD_NOT_ALLOWED -> "error.badRequest";
            default -> "error.internal";
        };
        String lang = request.getParameter("lang");
        if ("vi".equals(lang) || "en".equals(lang)) {
            // No interceptor ran for a path without a handler: the switch is applied here.
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
                resolver.setLocale(request, current.getResponse(), Locale.forLanguageTag(lang));
            }
        }
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return new ModelAndView("message", Map.of("messageKey", key, "viewer", Viewer.current(),
                "langVi", path + "?lang=vi", "langEn", path + "?lang=en"), status);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Unexpected failure of a screen", e);
        response.setStatus(500);
        model.addAttribute("messageKey", "error.internal");
        return "message";
    }
}
