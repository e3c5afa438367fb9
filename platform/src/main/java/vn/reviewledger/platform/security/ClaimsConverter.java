package vn.reviewledger.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A verified bearer token into the same authorities as an embedded user: {@code ROLE_x} for its role,
 * {@code UNIT_x} for each unit its scope starts from. So the read scope, the command metadata and the
 * audit trail do not care where the user came from. A user has one role: the first known role the
 * token names counts (an unknown role, or none, leaves the user without one, and every API call is 403).
 */
class ClaimsConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt claims;

    ClaimsConverter(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        values(jwt.getClaim(claims.rolesClaim())).stream()
                .map(r -> r.toUpperCase(Locale.ROOT))
                .map(r -> r.startsWith("ROLE_") ? r.substring(5) : r)
                .filter(SecurityConfig.ROLES::contains)
                .findFirst()
                .ifPresent(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        values(jwt.getClaim(claims.unitsClaim()))
                .forEach(u -> authorities.add(new SimpleGrantedAuthority("UNIT_" + u)));
        String name = jwt.getClaimAsString(claims.usernameClaim());
        return new JwtAuthenticationToken(jwt, authorities, name == null || name.isBlank() ? jwt.getSubject() : name);
    }

    /** A claim as a list of strings: a JSON array, or one string separated by spaces or commas. */
    private static Set<String> values(Object claim) {
        Set<String> out = new LinkedHashSet<>();
        if (claim instanceof Collection<?> c) {
            c.forEach(v -> add(out, String.valueOf(v)));
        } else if (claim instanceof String s) {
            for (String v : s.split("[\\s,]+")) {
                add(out, v);
            }
        }
        return out;
    }

    private static void add(Set<String> out, String v) {
        if (!v.isBlank()) {
            out.add(v.trim());
        }
    }
}
