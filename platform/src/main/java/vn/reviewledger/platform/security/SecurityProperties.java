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
 */
@ConfigurationProperties("reviewledger.security")
public record SecurityProperties(List<User> users, Duration verifiedCredentialsTtl) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        verifiedCredentialsTtl = verifiedCredentialsTtl == null ? Duration.ofMinutes(5) : verifiedCredentialsTtl;
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
