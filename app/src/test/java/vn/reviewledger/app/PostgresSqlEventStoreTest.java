package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** {@link SqlEventStoreTest} on PostgreSQL: its sequence syntax, bytea columns and error codes. */
@PostgresTest
class PostgresSqlEventStoreTest extends SqlEventStoreTest {
}
