package vn.reviewledger.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users of the embedded default ({@code reviewledger.security.users}). Passwords are stored hashed
 * ({@code {bcrypt}...}); a plain password is refused at start-up.
 *
 * @param users who may sign in, their role and the units their scope starts from
 */
@ConfigurationProperties("reviewledger.security")
public record SecurityProperties(List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
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
