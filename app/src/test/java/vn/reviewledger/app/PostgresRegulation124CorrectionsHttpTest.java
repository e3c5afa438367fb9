package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link Regulation124CorrectionsHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresRegulation124CorrectionsHttpTest extends Regulation124CorrectionsHttpTest {
}
