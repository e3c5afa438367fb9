package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link ReviewProcedureHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresReviewProcedureHttpTest extends ReviewProcedureHttpTest {
}
