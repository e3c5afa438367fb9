package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link ReadApiHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresReadApiHttpTest extends ReadApiHttpTest {
}
