package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link CrossReviewRulesHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresCrossReviewRulesHttpTest extends CrossReviewRulesHttpTest {
}
