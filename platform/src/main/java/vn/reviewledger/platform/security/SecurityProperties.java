package vn.reviewledger.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users of the embedded default ({@code reviewledger.security.users}). Passwords are stored hashed
 * ({@code {bcrypt}...}); a plain password is refused at start-up.
 *
 * @param users                  who may sign in, their role and the units their scope starts from
 * @param verifiedCredentialsTtl how long verified Basic credentials skip the BCrypt check (0 = never)
 * @param jwt                    under the production profile, where a bearer token names the user, role and units
 */
@ConfigurationProperties("reviewledger.security")
public record SecurityProperties(List<User> users, Duration verifiedCredentialsTtl, Jwt jwt) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        verifiedCredentialsTtl = verifiedCredentialsTtl == null ? Duration.ofMinutes(5) : verifiedCredentialsTtl;
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
    }

    /**
     * Claim names of the identity provider's tokens (production profile). Where the token comes from is
     * Spring's own {@code spring.security.oauth2.resourceserver.jwt.*} (issuer, key set or public key).
     *
     * @param rolesClaim    a list (or a space- or comma-separated string) of roles: ADMIN, OFFICE, SECRETARY, AUDITOR
     * @param unitsClaim    a list (or string) of the unit ids the user's scope starts from
     * @param usernameClaim who the user is in the audit metadata; {@code sub} when the token lacks it
     */
    public record Jwt(String rolesClaim, String unitsClaim, String usernameClaim) {
        public Jwt {
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
            unitsClaim = unitsClaim == null || unitsClaim.isBlank() ? "units" : unitsClaim;
            usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        }
    }

    /**
     * @param role  one of ADMIN, OFFICE, SECRETARY, AUDITOR
     * @param units for a SECRETARY the units they act for; for an OFFICE the root of their subtree
     */
    public record User(String username, String password, String role, List<String> units) {
        public User {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }
}
