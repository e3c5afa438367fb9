package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The tests of {@link IdempotencyRecoveryHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresIdempotencyRecoveryHttpTest extends IdempotencyRecoveryHttpTest {
}
