package vn.reviewledger.app;

import vn.reviewledger.support.PostgresTest;

/** {@link SqlEventStoreTest} on PostgreSQL: its sequence syntax, bytea columns and error codes. */
@PostgresTest
class PostgresSqlEventStoreTest extends SqlEventStoreTest {

    /**
     * Not a test here: the plan checked is H2's, which reads the whole table for Axon's form.
     * PostgreSQL answers both forms with its index. Overridden without {@code @Test}, so JUnit does
     * not inherit it.
     */
    @Override
    void onH2TheBoundedFormSeeksWhereAxonsFormReadsTheWholeTable() {
    }
}
