package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** {@link DeadlineBookTest} on PostgreSQL: its bytea task data, its timestamps, its aborted transactions. */
@PostgresTest
class PostgresDeadlineBookTest extends DeadlineBookTest {
}
