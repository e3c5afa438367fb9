package vn.reviewledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** problem+json written by filters, before any controller or advice is involved. */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String rule, String vi,
                      String en) throws IOException {
        String lang = request.getHeader("Accept-Language");
        boolean english = lang != null && lang.toLowerCase().startsWith("en");
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"type\":\"https://review-ledger.vn/problems/" + rule.toLowerCase().replace('_', '-')
                + "\",\"title\":\"" + rule + "\",\"status\":" + status + ",\"detail\":\"" + (english ? en : vi)
                + "\",\"rule\":\"" + rule + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
