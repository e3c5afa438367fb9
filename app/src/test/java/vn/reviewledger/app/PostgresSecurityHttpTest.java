package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link SecurityHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresSecurityHttpTest extends SecurityHttpTest {
}
