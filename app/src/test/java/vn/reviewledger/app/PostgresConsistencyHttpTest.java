package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link ConsistencyHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresConsistencyHttpTest extends ConsistencyHttpTest {
}
