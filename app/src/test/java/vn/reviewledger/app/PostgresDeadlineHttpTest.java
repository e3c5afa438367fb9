package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link DeadlineHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresDeadlineHttpTest extends DeadlineHttpTest {
}
