package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link ReplayTest}, on PostgreSQL: the bulk paths' writes over the previous rows there too. */
@PostgresTest
class PostgresReplayTest extends ReplayTest {
}
