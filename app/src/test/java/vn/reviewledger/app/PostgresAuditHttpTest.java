package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The audit features on PostgreSQL: bytea payload and metadata columns, the append-only read log. */
@PostgresTest
class PostgresAuditHttpTest extends AuditHttpTest {
}
