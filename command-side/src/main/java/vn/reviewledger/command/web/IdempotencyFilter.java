package vn.reviewledger.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST: the first answer is stored with the key (per user), and
 * a retry with the same key and the same request gets that answer again without running the
 * command twice. The key is claimed before the command runs, so two racing retries cannot both
 * execute: the second is told the first is still in progress. A 5xx answer releases the key, so a
 * retry may try again.
 *
 * <p>Runs after Spring Security (a plain filter bean has the lowest precedence), so the user is known.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY = 200;

    private final IdempotencyStore store;

    IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (key.isEmpty() || key.length() > MAX_KEY || auth == null) {
            // Unauthenticated requests were already refused by security; a bad key is the client's error.
            writeProblem(response, 400, "VALIDATION", "Idempotency-Key: 1.." + MAX_KEY + " characters");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String fingerprint = fingerprint(request, cached.body);
        String principal = auth.getName();

        if (!store.claim(principal, key, fingerprint)) {
            Optional<IdempotencyStore.Stored> stored = store.find(principal, key);
            if (stored.isEmpty()) {
                writeProblem(response, 409, "CONFLICT", "Idempotency-Key in use, retry later");
            } else if (!stored.get().fingerprint().equals(fingerprint)) {
                writeProblem(response, 409, "IDEMPOTENCY_KEY_REUSED",
                        "Idempotency-Key was already used for a different request");
            } else if (stored.get().status() == null) {
                writeProblem(response, 409, "IDEMPOTENCY_IN_PROGRESS",
                        "A request with this Idempotency-Key is still being processed");
            } else {
                replay(stored.get(), response);
            }
            return;
        }

        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, wrapped);
            completed = true;
        } finally {
            int status = wrapped.getStatus();
            if (!completed || status >= 500) {
                store.release(principal, key);
            } else {
                store.complete(principal, key, status, wrapped.getContentType(), wrapped.getContentAsByteArray(),
                        wrapped.getHeader(HttpHeaders.ETAG), wrapped.getHeader(HttpHeaders.LOCATION));
            }
            wrapped.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyStore.Stored stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        response.getOutputStream().write(stored.body());
    }

    private static void writeProblem(HttpServletResponse response, int status, String rule, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String json = "{\"type\":\"https://review-ledger.vn/problems/" + rule.toLowerCase(Locale.ROOT).replace('_', '-')
                + "\",\"title\":\"" + rule + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\",\"rule\":\"" + rule + "\"}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(request.getQueryString()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the body once so it can be both fingerprinted and handed to the controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
