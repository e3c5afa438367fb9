package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** The role × endpoint table of {@link ScopeMatrixHttpTest}, on PostgreSQL. */
@PostgresTest
class PostgresScopeMatrixHttpTest extends ScopeMatrixHttpTest {
}
