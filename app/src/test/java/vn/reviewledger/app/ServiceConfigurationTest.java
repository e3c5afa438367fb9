package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.command.CommandSideApplication;
import vn.reviewledger.query.QuerySideApplication;

/**
 * The app and the split services share their settings through files that each imports, one per
 * module that owns them: the platform's (above all the Jackson settings, part of the stored event
 * format, and the users), the command side's and the query side's. A service jar carries neither the
 * app's application.yml nor the other side. And an operator's profiles combine with the services'
 * own as documented.
 */
class ServiceConfigurationTest {

    private static final String SHARED = "reviewledger-shared.yml";
    private static final String COMMAND = "reviewledger-command-side.yml";
    private static final String QUERY = "reviewledger-query-side.yml";

    @Test
    void eachDeploymentImportsTheSettingsOfThePartsItRuns() throws IOException {
        assertThat(imports("application.yml")).containsExactly(SHARED, COMMAND, QUERY);
        assertThat(imports("application-command-side.yml")).containsExactly(SHARED, COMMAND);
        assertThat(imports("application-query-side.yml")).containsExactly(SHARED, QUERY);
    }

    /**
     * An imported file outranks the file that imports it, so a shared key set again beside the import
     * would look like a setting and be ignored; and two imported files setting one key would depend on
     * their order.
     */
    @Test
    void noSharedSettingIsSetTwice() throws IOException {
        for (String file : List.of("application.yml", "application-command-side.yml", "application-query-side.yml",
                COMMAND, QUERY)) {
            assertThat(overlap(file, SHARED)).as("keys of %s set again in %s", SHARED, file).isEmpty();
        }
        assertThat(overlap("application.yml", COMMAND)).isEmpty();
        assertThat(overlap("application.yml", QUERY)).isEmpty();
        assertThat(overlap("application-command-side.yml", COMMAND)).isEmpty();
        assertThat(overlap("application-query-side.yml", QUERY)).isEmpty();
        assertThat(overlap(COMMAND, QUERY)).isEmpty();
    }

    @Test
    void eachServiceRunsWithTheAppsEventFormatUsersAndTheSettingsOfItsSide() throws IOException {
        // The app as it ships: without the tests' resources (application-test.yml).
        StandardEnvironment app = environment(loader(ServiceConfigurationTest.class), List.of());
        StandardEnvironment command = environment(commandService(), CommandSideApplication.application().application()
                .getAdditionalProfiles());
        StandardEnvironment query = environment(queryService(), QuerySideApplication.application().application()
                .getAdditionalProfiles());
        assertSame(app, command, SHARED, COMMAND);
        assertSame(app, query, SHARED, QUERY);
        assertThat(command.getProperty("spring.jackson.default-property-inclusion")).isEqualTo("always");
        assertThat(query.getProperty("axon.eventhandling.processors.review-view.thread-count")).isEqualTo("2");
        assertThat(command.getProperty("axon.eventhandling.processors.review-view.thread-count")).isNull();
        assertThat(query.getProperty("reviewledger.command.snapshot-threshold")).isNull();
    }

    @Test
    void theServicesRunOnPostgresAndTheAxonServerProfileTurnsTheConnectorOn() {
        for (var service : Map.of(commandService(), CommandSideApplication.application(),
                queryService(), QuerySideApplication.application()).entrySet()) {
            Collection<String> own = service.getValue().application().getAdditionalProfiles();
            assertThat(own).contains("postgres");
            assertThat(environment(service.getKey(), own).getProperty("axon.axonserver.enabled")).isEqualTo("false");
            StandardEnvironment withAxonServer = environment(service.getKey(), own, "axonserver");
            assertThat(withAxonServer.getProperty("axon.axonserver.enabled")).isEqualTo("true");
            assertThat(withAxonServer.getProperty("spring.jpa.database-platform")).endsWith("ByteaPostgreSQLDialect");
        }
    }

    private static void assertSame(StandardEnvironment app, StandardEnvironment service, String... files)
            throws IOException {
        for (String file : files) {
            for (String key : yaml(file).keySet()) {
                assertThat(service.getProperty(key)).as(key).isNotNull().isEqualTo(app.getProperty(key));
            }
        }
    }

    /** The environment a deployment gets with its own profiles and those an operator activates. */
    private static StandardEnvironment environment(ClassLoader classpath, Collection<String> own, String... active) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of("spring.profiles.active", String.join(",", active))));
        ConfigDataEnvironmentPostProcessor.applyTo(env, new DefaultResourceLoader(classpath), null, own);
        return env;
    }

    /** The command service's jar: the platform and the command side, without the app or the query side. */
    private static ClassLoader commandService() {
        return loader(ReviewLedgerApplication.class, ServiceConfigurationTest.class, QuerySideApplication.class);
    }

    private static ClassLoader queryService() {
        return loader(ReviewLedgerApplication.class, ServiceConfigurationTest.class, CommandSideApplication.class);
    }

    /** The test's classpath without the resources of the modules these classes come from. */
    private static ClassLoader loader(Class<?>... leftOut) {
        List<String> roots = new ArrayList<>();
        for (Class<?> type : leftOut) {
            roots.add(type.getProtectionDomain().getCodeSource().getLocation().toString());
        }
        return new ClassLoader(ServiceConfigurationTest.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                Enumeration<URL> found = getResources(name);
                return found.hasMoreElements() ? found.nextElement() : null;
            }

            @Override
            public Enumeration<URL> getResources(String name) {
                try {
                    List<URL> kept = new ArrayList<>();
                    for (URL url : Collections.list(getParent().getResources(name))) {
                        if (roots.stream().noneMatch(url.toString()::startsWith)) {
                            kept.add(url);
                        }
                    }
                    return Collections.enumeration(kept);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static List<String> imports(String file) throws IOException {
        List<String> names = new ArrayList<>();
        yaml(file).forEach((key, value) -> {
            if (key.startsWith("spring.config.import")) {
                names.add(value.toString().replaceFirst("^classpath:", ""));
            }
        });
        return names;
    }

    private static Set<String> overlap(String file, String imported) throws IOException {
        Set<String> keys = new TreeSet<>(yaml(file).keySet());
        keys.retainAll(yaml(imported).keySet());
        keys.removeIf(key -> key.startsWith("spring.config."));
        return keys;
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
