package vn.reviewledger.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Under the production profile, refuses to start while the configuration still holds something
 * meant for a demo: an embedded user (above all the demo users with the published hash of password
 * {@code demo}), the demo data, the default database password, or no token issuer at all. The
 * message names every offending setting at once, so one restart fixes them all.
 *
 * <p>The security filter chains depend on this guard, so no request is served before it has passed.
 * Features add checks as {@link ProductionCheck} beans.
 */
@Component
@Profile(ProductionGuard.PROFILE)
public class ProductionGuard {

    public static final String PROFILE = "production";

    /** The BCrypt hash of "demo" shipped in reviewledger-shared.yml for the demo users. */
    static final String DEMO_HASH = "$2a$10$oRpPenvtiPn0mspPyhMumesImAMVIiZVx2QIxBoVyAUYtwNIltgAq";
    static final List<String> DEMO_USERS = List.of("admin", "office", "secretary", "auditor");
    static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

    ProductionGuard(Environment environment, SecurityProperties security, ObjectProvider<ProductionCheck> extra) {
        List<ProductionCheck> checks = new ArrayList<>(builtIn(security));
        extra.orderedStream().forEach(checks::add);
        List<String> problems = new ArrayList<>();
        checks.forEach(c -> c.problem(environment).ifPresent(problems::add));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start: " + String.join("; ", problems));
        }
    }

    static List<ProductionCheck> builtIn(SecurityProperties security) {
        return List.of(
                env -> embeddedUsers(security),
                env -> "true".equalsIgnoreCase(env.getProperty("reviewledger.demo.enabled"))
                        ? Optional.of("reviewledger.demo.enabled=true (demo data must not enter a production ledger)")
                        : Optional.empty(),
                ProductionCheck.refuseValues("spring.datasource.password", "reviewledger"),
                ProductionCheck.refuseValues("spring.security.user.password", "password", "demo"),
                env -> env.containsProperty(JWT + "issuer-uri") || env.containsProperty(JWT + "jwk-set-uri")
                        || env.containsProperty(JWT + "public-key-location")
                        ? Optional.empty()
                        : Optional.of("no token issuer: set " + JWT + "issuer-uri, " + JWT + "jwk-set-uri or "
                                + JWT + "public-key-location"));
    }

    /** Every embedded user is refused (production users come from the identity provider); demo ones by name. */
    private static Optional<String> embeddedUsers(SecurityProperties security) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < security.users().size(); i++) {
            SecurityProperties.User u = security.users().get(i);
            boolean demo = DEMO_USERS.contains(u.username())
                    || (u.password() != null && u.password().contains(DEMO_HASH));
            named.add("reviewledger.security.users[" + i + "] (" + u.username() + (demo ? ", a demo user" : "") + ")");
        }
        return named.isEmpty() ? Optional.empty()
                : Optional.of("embedded users are configured: " + String.join(", ", named)
                        + "; under the production profile users come from the identity provider's tokens");
    }
}
