package vn.reviewledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.reviewledger.platform.web.Problems;

/** 401 and 403 as problem+json, like every other error of the API; a refused page of a browser goes to the error page. */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;

    ProblemSecurityHandlers(Environment environment) {
        this.challenge = SecurityConfig.production(environment) ? "Bearer" : "Basic realm=\"Review Ledger\"";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "UNAUTHENTICATED", Map.of(),
                Problems.locale(request)));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (Problems.wantsPage(request)) {
            // A person in a browser: the error page answers, as the UI's own page where the UI runs.
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "FORBIDDEN", Map.of(),
                Problems.locale(request)));
    }
}
