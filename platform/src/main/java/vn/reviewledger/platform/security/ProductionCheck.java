package vn.reviewledger.platform.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * One thing the production profile refuses to start with. {@link ProductionGuard} runs every check
 * it knows plus every bean of this type, so a feature adds its own with one bean, e.g.
 * <pre>{@code
 * @Bean
 * ProductionCheck auditSigningKey() {
 *     return ProductionCheck.refuseValues("reviewledger.audit.signing-key", "demo-signing-key");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ProductionCheck {

    /** What is wrong, naming the setting; empty when the configuration passes. */
    Optional<String> problem(Environment environment);

    /** Refuses a setting that holds one of these (demo or default) values. */
    static ProductionCheck refuseValues(String property, String... refused) {
        return env -> {
            String value = env.getProperty(property);
            return value != null && Arrays.asList(refused).contains(value)
                    ? Optional.of(property + " still holds its default/demo value; set a secret of your own")
                    : Optional.empty();
        };
    }

    /** Refuses a setting left empty (a secret that must be configured). */
    static ProductionCheck requireValue(String property) {
        return env -> {
            String value = env.getProperty(property);
            return value == null || value.isBlank()
                    ? Optional.of(property + " must be set") : Optional.empty();
        };
    }
}
