package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import vn.reviewledger.command.CommandSideApplication;
import vn.reviewledger.query.QuerySideApplication;

/**
 * The split services carry their own settings (they do not ship the app's application.yml). What
 * they share with the app must not drift: above all the Jackson settings, which are part of the
 * stored event format, the users, and the projections' processors. And an operator's profiles
 * combine with the services' own as documented.
 */
class ServiceConfigurationTest {

    private static final Set<String> PER_SERVICE = Set.of("server.port", "spring.application.name");

    @Test
    void theCommandServiceSharesTheAppsEventFormatUsersAndSettings() throws IOException {
        Map<String, Object> app = yaml("application.yml");
        Map<String, Object> command = yaml("application-command-side.yml");
        assertSameWhereBothSay(app, command);
        assertCarries(app, command, "spring.jackson.", "axon.serializer.", "reviewledger.security.users",
                "spring.jpa.", "spring.flyway.", "db-scheduler.", "management.", "axon.metrics.");
    }

    @Test
    void theQueryServiceSharesTheAppsEventFormatUsersAndProcessors() throws IOException {
        Map<String, Object> app = yaml("application.yml");
        Map<String, Object> query = yaml("application-query-side.yml");
        assertSameWhereBothSay(app, query);
        assertCarries(app, query, "spring.jackson.", "axon.serializer.", "reviewledger.security.users",
                "spring.jpa.", "spring.flyway.", "axon.eventhandling.processors.", "management.", "axon.metrics.");
    }

    @Test
    void theServicesRunOnPostgresAndTheAxonServerProfileTurnsTheConnectorOn() {
        for (Collection<String> own : List.of(
                CommandSideApplication.application().application().getAdditionalProfiles(),
                QuerySideApplication.application().application().getAdditionalProfiles())) {
            assertThat(own).contains("postgres");
            assertThat(environment(own).getProperty("axon.axonserver.enabled")).isEqualTo("false");
            StandardEnvironment withAxonServer = environment(own, "axonserver");
            assertThat(withAxonServer.getProperty("axon.axonserver.enabled")).isEqualTo("true");
            assertThat(withAxonServer.getProperty("spring.jpa.database-platform")).endsWith("ByteaPostgreSQLDialect");
        }
    }

    /** The environment a service gets with its own profiles and those an operator activates. */
    private static StandardEnvironment environment(Collection<String> own, String... active) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of("spring.profiles.active", String.join(",", active))));
        ConfigDataEnvironmentPostProcessor.applyTo(env, null, null, own);
        return env;
    }

    private static void assertSameWhereBothSay(Map<String, Object> app, Map<String, Object> service) {
        service.forEach((key, value) -> {
            if (app.containsKey(key) && !PER_SERVICE.contains(key)) {
                assertThat(value).as(key).isEqualTo(app.get(key));
            }
        });
    }

    private static void assertCarries(Map<String, Object> app, Map<String, Object> service, String... prefixes) {
        for (String prefix : prefixes) {
            List<String> missing = new ArrayList<>();
            app.keySet().stream().filter(k -> k.startsWith(prefix) && !service.containsKey(k)).forEach(missing::add);
            assertThat(missing).as("settings under %s the service lacks", prefix).isEmpty();
        }
    }

    /** The first document of a YAML file on the classpath, flattened to property names. */
    private static Map<String, Object> yaml(String name) throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load(name, new ClassPathResource(name));
        Map<String, Object> flat = new LinkedHashMap<>();
        EnumerablePropertySource<?> first = (EnumerablePropertySource<?>) documents.get(0);
        for (String key : first.getPropertyNames()) {
            flat.put(key, String.valueOf(first.getProperty(key)));
        }
        return flat;
    }
}
