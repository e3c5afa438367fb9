package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link ReviewImportHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresReviewImportHttpTest extends ReviewImportHttpTest {
}
