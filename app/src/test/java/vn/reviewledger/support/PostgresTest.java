package vn.reviewledger.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test class against PostgreSQL instead of H2: the {@code postgres} profile (the
 * production dialect, bytea columns, the PostgreSQL migrations) on a database created for its
 * Spring context. Put it on a subclass of an H2 test to run the same tests on both stores.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@RequiresPostgres
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresTest.FreshDatabase.class)
public @interface PostgresTest {

    /** Points the context at a new database, and drops it when the test JVM ends. */
    class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PostgresDatabases.Database db = PostgresDatabases.create();
            TestPropertyValues.of("spring.datasource.url=" + db.url(),
                    "spring.datasource.username=" + PostgresDatabases.user(),
                    "spring.datasource.password=" + PostgresDatabases.password()).applyTo(context.getEnvironment());
            // Runs after Spring Boot has closed the contexts it started.
            SpringApplication.getShutdownHandlers().add(() -> PostgresDatabases.drop(db.name()));
        }
    }
}
