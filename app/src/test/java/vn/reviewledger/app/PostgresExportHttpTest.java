package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link ExportHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresExportHttpTest extends ExportHttpTest {
}
