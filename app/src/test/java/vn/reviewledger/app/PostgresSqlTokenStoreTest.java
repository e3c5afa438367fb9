package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** {@link SqlTokenStoreTest} on PostgreSQL: its bytea tokens. */
@PostgresTest
class PostgresSqlTokenStoreTest extends SqlTokenStoreTest {
}
