package vn.reviewledger.command.deadline;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How db-scheduler reads and writes its timestamps. It recognises PostgreSQL and keeps its own
 * overrides there; on H2 it finds none, warns at every start and falls back to its default, which
 * stores the zone with each instant. Our H2 columns are {@code timestamp with time zone} (the
 * platform's V1 migration), so that default is right: it is named here, and the start stays quiet.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerJdbc {

    @Bean
    DbSchedulerCustomizer schedulerJdbcCustomization(DataSource dataSource) {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<JdbcCustomization> jdbcCustomization() {
                return isH2(dataSource) ? Optional.of(new DefaultJdbcCustomization(false)) : Optional.empty();
            }
        };
    }

    private static boolean isH2(DataSource dataSource) {
        // Unknown: let db-scheduler detect (and report) it as it does without us.
        return productName(dataSource).filter("H2"::equals).isPresent();
    }

    /** The database's own name for itself ("H2", "PostgreSQL"); empty when it cannot be asked. */
    static Optional<String> productName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return Optional.ofNullable(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
