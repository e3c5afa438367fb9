package vn.reviewledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.idempotency.ClaimMetadata;
import vn.reviewledger.kernel.common.AuditKeys;

/**
 * Builds the audit metadata of a command from the authenticated user and the request, never from
 * the body: who acted, in which role and units, under which request id, at what client time, why.
 */
@Component
public class CommandMetadata {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String CLIENT_TIME_HEADER = "X-Client-Time";
    private static final int MAX_HEADER_LENGTH = 100;

    public MetaData of(HttpServletRequest request, String reason) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Map<String, Object> m = new HashMap<>();
        m.put(AuditKeys.ACTOR_ID, auth == null ? "anonymous" : auth.getName());
        m.put(AuditKeys.ACTOR_ROLE, auth == null ? "" : authorities(auth, "ROLE_"));
        m.put(AuditKeys.ACTOR_UNIT, auth == null ? "" : authorities(auth, "UNIT_"));
        m.put(AuditKeys.REQUEST_ID, header(request, REQUEST_ID_HEADER, UUID.randomUUID().toString()));
        m.put(AuditKeys.CLIENT_TIME, header(request, CLIENT_TIME_HEADER, ""));
        m.put(AuditKeys.REASON, reason == null ? "" : reason);
        // Lets the command's transaction mark the key applied (AppliedKeyInterceptor).
        m.putAll(ClaimMetadata.of(request));
        return MetaData.from(m);
    }

    private static String authorities(Authentication auth, String prefix) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .sorted()
                .collect(Collectors.joining(","));
    }

    private static String header(HttpServletRequest request, String name, String fallback) {
        String v = request.getHeader(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return v.length() > MAX_HEADER_LENGTH ? v.substring(0, MAX_HEADER_LENGTH) : v;
    }
}
