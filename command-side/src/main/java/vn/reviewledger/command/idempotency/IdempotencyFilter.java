package vn.reviewledger.command.idempotency;

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
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.reviewledger.platform.i18n.Words;
import vn.reviewledger.platform.web.Problems;

/**
 * {@code Idempotency-Key} on every POST: the first answer is stored with the key (per user), and
 * a retry with the same key and the same request gets that answer again without running the
 * command twice. The key is claimed before the command runs, so two racing retries cannot both
 * execute: the second is told the first is still in progress. A 5xx answer releases the key, so a
 * retry may try again.
 *
 * <p>A process killed between claim and answer leaves the claim without an answer. Once it is older
 * than {@code reviewledger.command.idempotency-claim-timeout}, a retry looks at whether the command
 * was applied (marked in the command's own transaction, see {@link AppliedKeyInterceptor}): if so it
 * answers "applied earlier" and does not run it again; if not, it takes the claim over and runs it.
 *
 * <p>Runs after Spring Security (a plain filter bean has the lowest precedence), so the user is known.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** The request attribute holding this request's {@link IdempotencyStore.Claim}. */
    static final String CLAIM_ATTRIBUTE = IdempotencyFilter.class.getName() + ".claim";
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
            Problems.write(response, Problems.invalid(HEADER, "IDEMPOTENCY_KEY_LENGTH", Map.of("max", MAX_KEY),
                    Problems.locale(request)));
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String fingerprint = fingerprint(request, cached.body);
        String principal = auth.getName();

        Optional<IdempotencyStore.Claim> claim = store.claim(principal, key, fingerprint);
        if (claim.isEmpty()) {
            Optional<IdempotencyStore.Stored> stored = store.find(principal, key);
            if (stored.isEmpty()) {
                writeProblem(request, response, "CONFLICT", "IDEMPOTENCY_KEY_BUSY");
                return;
            } else if (!stored.get().fingerprint().equals(fingerprint)) {
                writeProblem(request, response, "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_KEY_REUSED");
                return;
            } else if (stored.get().status() != null) {
                replay(stored.get(), response);
                return;
            } else if (!stored.get().createdAt().isBefore(store.abandonedBefore())) {
                writeProblem(request, response, "IDEMPOTENCY_IN_PROGRESS", "IDEMPOTENCY_IN_PROGRESS");
                return;
            } else if (stored.get().applied()) {
                // The process died after the command committed and before its answer was stored:
                // the command ran, so it must not run again. Its original answer is lost; say so.
                appliedEarlier(principal, key, stored.get(), request, response);
                return;
            }
            // The process died before the command committed: nothing of it is stored, run it now.
            claim = store.takeOver(principal, key, stored.get().token());
            if (claim.isEmpty()) {
                writeProblem(request, response, "IDEMPOTENCY_IN_PROGRESS", "IDEMPOTENCY_IN_PROGRESS");
                return;
            }
        }
        // CommandMetadata hands the claim to the command, whose transaction marks the key applied.
        cached.setAttribute(CLAIM_ATTRIBUTE, claim.get());

        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(cached, wrapped);
            completed = true;
        } finally {
            int status = wrapped.getStatus();
            if (!completed || status >= 500) {
                store.release(claim.get());
            } else {
                store.complete(claim.get(), status, wrapped.getContentType(), wrapped.getContentAsByteArray(),
                        wrapped.getHeader(HttpHeaders.ETAG), wrapped.getHeader(HttpHeaders.LOCATION));
            }
            wrapped.copyBodyToResponse();
        }
    }

    /**
     * Answers a retry of a command that was applied by a request that never answered: 200, marked
     * replayed, with the handler's result when it was kept (a step's new version, a new review's id).
     * Stored as the key's answer, so later retries get the very same one.
     */
    private void appliedEarlier(String principal, String key, IdempotencyStore.Stored stored,
                                HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = Words.text("APPLIED_EARLIER", Map.of(), Problems.locale(request));
        String json = "{\"appliedEarlier\":true,\"result\":"
                + (stored.appliedResult() == null ? "null" : stored.appliedResult())
                + ",\"detail\":\"" + detail + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String contentType = "application/json;charset=UTF-8";
        store.complete(new IdempotencyStore.Claim(principal, key, stored.token()), 200, contentType, body, null, null);
        replay(new IdempotencyStore.Stored(stored.fingerprint(), 200, contentType, body, null, null, true,
                stored.appliedResult(), stored.token(), stored.createdAt()), response);
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

    /** Every refusal of the key is a 409: the request itself may be fine, the key's state is not. */
    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, String rule,
                                     String words) throws IOException {
        Problems.write(response, Problems.of(HttpStatus.CONFLICT, rule, words, Map.of(), Problems.locale(request)));
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
