package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link Regulation366HttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresRegulation366HttpTest extends Regulation366HttpTest {
}
