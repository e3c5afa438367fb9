package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link QuotaConcurrencyTest}, on PostgreSQL. */
@PostgresTest
class PostgresQuotaConcurrencyTest extends QuotaConcurrencyTest {
}
