package vn.reviewledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import vn.reviewledger.ReviewLedgerApplication;

/** The production profile refuses every leftover of the demo, naming the setting. */
class ProductionGuardTest {

    private static final String DEMO = "{bcrypt}" + ProductionGuard.DEMO_HASH;
    private static final String KEY = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    private static SecurityProperties users(SecurityProperties.User... users) {
        return new SecurityProperties(List.of(users), Duration.ZERO, null);
    }

    private static void guard(MockEnvironment env, SecurityProperties security, ProductionCheck... extra) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < extra.length; i++) {
            beans.registerSingleton("check" + i, extra[i]);
        }
        new ProductionGuard(env, security, beans.getBeanProvider(ProductionCheck.class));
    }

    @Test
    void aCleanConfigurationPasses() {
        MockEnvironment env = new MockEnvironment().withProperty(KEY, "file:/etc/issuer.pub");
        assertThatCode(() -> guard(env, users())).doesNotThrowAnyException();
    }

    @Test
    void theDemoUsersAreRefusedByName() {
        MockEnvironment env = new MockEnvironment().withProperty(KEY, "file:/etc/issuer.pub");
        assertThatThrownBy(() -> guard(env, users(new SecurityProperties.User("admin", DEMO, "ADMIN", null),
                new SecurityProperties.User("thu-ky", "{bcrypt}$2a$10$other", "SECRETARY", List.of("cb-1")))))
                .hasMessageContaining("reviewledger.security.users[0] (admin, a demo user)")
                .hasMessageContaining("reviewledger.security.users[1] (thu-ky)");
        assertThatThrownBy(() -> guard(env, users(new SecurityProperties.User("renamed", DEMO, "ADMIN", null))))
                .hasMessageContaining("(renamed, a demo user)");
    }

    @Test
    void defaultSecretsDemoDataAndAMissingIssuerAreRefusedAllAtOnce() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.password", "reviewledger")
                .withProperty("reviewledger.demo.enabled", "true");
        assertThatThrownBy(() -> guard(env, users()))
                .hasMessageContaining("spring.datasource.password")
                .hasMessageContaining("reviewledger.demo.enabled=true")
                .hasMessageContaining("public-key-location");
    }

    @Test
    void aFeatureAddsItsOwnCheckAsABean() {
        MockEnvironment env = new MockEnvironment().withProperty(KEY, "file:/etc/issuer.pub")
                .withProperty("reviewledger.audit.signing-key", "demo-signing-key");
        assertThatThrownBy(() -> guard(env, users(),
                ProductionCheck.refuseValues("reviewledger.audit.signing-key", "demo-signing-key")))
                .hasMessageContaining("reviewledger.audit.signing-key");
        ProductionCheck fine = e -> Optional.empty();
        assertThatCode(() -> guard(env.withProperty("reviewledger.audit.signing-key", "s3cret"), users(),
                ProductionCheck.refuseValues("reviewledger.audit.signing-key", "demo-signing-key"), fine))
                .doesNotThrowAnyException();
    }

    /** The whole application, as an operator would start it: it stops, naming the demo user. */
    @Test
    void theApplicationDoesNotStartWithTheDemoUsers() {
        String[] args = {"--spring.profiles.active=test,production", "--server.port=0",
                "--" + KEY + "=classpath:does-not-matter.pub",
                "--reviewledger.security.users[0].username=admin",
                "--reviewledger.security.users[0].password=" + DEMO,
                "--reviewledger.security.users[0].role=ADMIN"};
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> new SpringApplicationBuilder(ReviewLedgerApplication.class).run(args).close());
        assertThat(failure).isNotNull();
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The production profile refuses to start")
                .hasMessageContaining("reviewledger.security.users[0] (admin, a demo user)")
                // The audit's check, a bean of the query side, runs too: the demo signing key is refused.
                .hasMessageContaining("reviewledger.audit.signing-key");
    }
}
