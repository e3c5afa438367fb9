package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link DeadLetterHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresDeadLetterHttpTest extends DeadLetterHttpTest {
}
