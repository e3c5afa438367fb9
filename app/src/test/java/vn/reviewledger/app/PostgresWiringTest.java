package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.reviewledger.support.PostgresTest;

/**
 * The tests of {@link WiringTest} on PostgreSQL, and what the postgres profile adds: Axon's binary
 * columns as bytea (never oid), the global index sequence one value at a time in the database too,
 * and the connection pool sized by configuration.
 */
@PostgresTest
@TestPropertySource(properties = "REVIEWLEDGER_DB_POOL_MAX=7")
class PostgresWiringTest extends WiringTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyBinaryColumnIsByteaNeverOid() {
        List<String> binary = jdbc.queryForList("""
                select table_name || '.' || column_name || ' ' || data_type from information_schema.columns
                where table_schema = current_schema() and data_type in ('bytea', 'oid')
                order by table_name, column_name""", String.class);
        assertThat(binary).containsExactlyInAnyOrder(
                "dead_letter_entry.diagnostics bytea", "dead_letter_entry.meta_data bytea",
                "dead_letter_entry.payload bytea", "dead_letter_entry.token bytea",
                "domain_event_entry.meta_data bytea", "domain_event_entry.payload bytea",
                "idempotency_record.body bytea", "saga_entry.serialized_saga bytea",
                "scheduled_tasks.task_data bytea", "snapshot_event_entry.meta_data bytea",
                "snapshot_event_entry.payload bytea", "token_entry.token bytea");
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void theGlobalIndexSequenceStepsByOne() {
        assertThat(jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void theConnectionPoolIsSizedByConfiguration() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(7);
    }
}
