package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link SnapshotTest}, on PostgreSQL. */
@PostgresTest
class PostgresSnapshotTest extends SnapshotTest {
}
