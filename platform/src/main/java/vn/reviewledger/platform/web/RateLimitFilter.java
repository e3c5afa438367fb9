package vn.reviewledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per signed-in user on each node: {@code requestsPerMinute} refilled evenly, with
 * that many as the burst. Over it, 429 with Retry-After. Per node on purpose: it protects the node
 * from one runaway client, and needs no shared store.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final LimitProperties limits;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(LimitProperties limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limits.requestsPerMinute() <= 0 || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null ? "anonymous:" + request.getRemoteAddr() : auth.getName();
        Bucket bucket = buckets.computeIfAbsent(user, u -> new Bucket(limits.requestsPerMinute()));
        if (!bucket.take()) {
            response.setHeader("Retry-After", "60");
            Problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "RATE_LIMITED", Map.of(),
                    Problems.locale(request)));
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60_000_000_000.0;
            this.tokens = perMinute;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
