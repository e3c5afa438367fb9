package vn.reviewledger.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every request, and checking a BCrypt hash costs tens of
 * milliseconds on purpose. Credentials that verified recently are remembered for a short time, by
 * a SHA-256 of user and password (never the password itself), so a busy client pays BCrypt once
 * per interval instead of once per request. A wrong password is never cached.
 */
class VerifiedCredentialsCache implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Authentication authentication, long expiresAt) {
    }

    private final AuthenticationProvider delegate;
    private final long ttlNanos;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    VerifiedCredentialsCache(AuthenticationProvider delegate, Duration ttl) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (ttlNanos <= 0 || authentication.getCredentials() == null) {
            return delegate.authenticate(authentication);
        }
        String key = key(authentication.getName(), authentication.getCredentials().toString());
        long now = System.nanoTime();
        Entry hit = verified.get(key);
        if (hit != null && now - hit.expiresAt() < 0) {
            return hit.authentication();
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Entry(result, now + ttlNanos));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((user + "\u0000" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
