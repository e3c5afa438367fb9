package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link ReplayHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresReplayHttpTest extends ReplayHttpTest {
}
