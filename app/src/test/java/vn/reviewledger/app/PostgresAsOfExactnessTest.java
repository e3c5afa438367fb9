package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** As-of exactness on PostgreSQL. */
@PostgresTest
class PostgresAsOfExactnessTest extends AsOfExactnessTest {
}
