package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.reviewledger.support.PostgresTest;

/** The audit features on PostgreSQL: bytea payload and metadata columns, the append-only read log. */
@PostgresTest
class PostgresAuditHttpTest extends AuditHttpTest {

    @Test
    void theRecordOfReadsRefusesUpdatesAndDeletes() {
        api.as("auditor").get("/api/reviews/" + scenario.member("pm-p1", "Lò Văn Giàng") + "/history");
        assertThatThrownBy(() -> jdbc.update("delete from audit_read")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit_read set username = 'x'"))
                .hasMessageContaining("append-only");
    }
}
