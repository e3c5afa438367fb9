package vn.reviewledger.command.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every review command request carries besides its body: the review in the path, the
 * version the sender saw ({@code If-Match}), whether to wait for the read models, and the request
 * itself (for the audit metadata). Hidden from the OpenAPI description, which shows what it stands
 * for instead ({@link StepDocs}).
 */
@Hidden
record Step(String reviewId, Long expectedVersion, boolean waitForReadModels, HttpServletRequest request) {

    /** Builds a {@link Step} for any controller method that declares one. */
    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Step.class;
        }

        @Override
        public Step resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest web,
                                    WebDataBinderFactory binders) {
            HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
            @SuppressWarnings("unchecked")
            Map<String, String> path = (Map<String, String>) request.getAttribute(
                    HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            String wait = request.getParameter("wait");
            return new Step(path == null ? null : path.get("id"), IfMatch.version(request.getHeader(HttpHeaders.IF_MATCH)),
                    "true".equalsIgnoreCase(wait), request);
        }
    }
}
