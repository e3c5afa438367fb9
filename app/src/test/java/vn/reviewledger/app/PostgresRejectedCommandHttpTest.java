package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link RejectedCommandHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresRejectedCommandHttpTest extends RejectedCommandHttpTest {
}
