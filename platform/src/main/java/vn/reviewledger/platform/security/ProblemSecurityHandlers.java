package vn.reviewledger.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 as problem+json, like every other error of the API. */
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
        write(request, response, 401, "UNAUTHENTICATED", "Chưa đăng nhập", "Cần đăng nhập để dùng chức năng này.",
                "Not signed in", "Sign in to use this function.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, 403, "FORBIDDEN", "Không có quyền", "Vai trò của bạn không được thực hiện thao tác này.",
                "Forbidden", "Your role may not do this.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String rule,
                              String titleVi, String detailVi, String titleEn, String detailEn) throws IOException {
        String lang = request.getHeader("Accept-Language");
        boolean en = lang != null && lang.toLowerCase().startsWith("en");
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"type\":\"https://review-ledger.vn/problems/" + rule.toLowerCase() + "\",\"title\":\""
                + (en ? titleEn : titleVi) + "\",\"status\":" + status + ",\"detail\":\"" + (en ? detailEn : detailVi)
                + "\",\"rule\":\"" + rule + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
