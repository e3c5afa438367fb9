package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link IdempotencyHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresIdempotencyHttpTest extends IdempotencyHttpTest {
}
