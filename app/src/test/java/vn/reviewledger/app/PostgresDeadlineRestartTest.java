package vn.reviewledger.app;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.reviewledger.support.PostgresDatabases;
import vn.reviewledger.support.RequiresPostgres;

/** The tests of {@link DeadlineRestartTest}, both runs on one PostgreSQL database created for each test. */
@RequiresPostgres
class PostgresDeadlineRestartTest extends DeadlineRestartTest {

    private PostgresDatabases.Database database;

    @BeforeEach
    void createDatabase() {
        database = PostgresDatabases.create();
    }

    @AfterEach
    void dropDatabase() {
        PostgresDatabases.drop(database.name());
    }

    @Override
    protected List<String> storeArguments(Path dataDir) {
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + PostgresDatabases.user(),
                "--spring.datasource.password=" + PostgresDatabases.password());
    }
}
