package vn.reviewledger.app;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.reviewledger.support.PostgresDatabases;
import vn.reviewledger.support.RequiresPostgres;
import vn.reviewledger.support.ServiceProcess;

/** {@link CrashRecoveryIT} on a fresh PostgreSQL database. */
@RequiresPostgres
class PostgresCrashRecoveryIT extends CrashRecoveryIT {

    private PostgresDatabases.Database db;

    @BeforeEach
    void createDatabase() {
        db = PostgresDatabases.create();
    }

    @AfterEach
    void dropDatabase() {
        stopProcesses(); // before the drop, which would pull the database from under them
        if (db != null) {
            PostgresDatabases.drop(db.name());
        }
    }

    @Override
    protected String storeName() {
        return "PostgreSQL";
    }

    @Override
    protected List<String> storeArguments() {
        List<String> args = new ArrayList<>(ServiceProcess.postgres(db));
        args.add("--spring.profiles.active=postgres");
        return args;
    }

    @Override
    protected JdbcTemplate storeReader() {
        return new JdbcTemplate(new DriverManagerDataSource(db.url(), PostgresDatabases.user(), PostgresDatabases.password()));
    }
}
