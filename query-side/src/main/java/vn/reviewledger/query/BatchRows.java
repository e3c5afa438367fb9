package vn.reviewledger.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written as one JDBC batch, for the rebuild paths ({@link BulkModel}). Each column's SQL type
 * is given, so a null binds without asking the driver for parameter metadata (a round trip per
 * statement on PostgreSQL). Values as the JPA mapping stores them: enums by name, instants as UTC
 * timestamps with time zone.
 */
public final class BatchRows {

    private BatchRows() {
    }

    /** Inserts {@code rows} (each in {@code columns} order) into {@code table}, in the order given. */
    public static void insert(JdbcTemplate jdbc, String table, String[] columns, int[] types, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + "?, ".repeat(columns.length - 1) + "?)";
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Object[] row = rows.get(i);
                for (int c = 0; c < row.length; c++) {
                    ps.setObject(c + 1, value(row[c]), types[c]);
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    private static Object value(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Instant at) {
            return at.atOffset(ZoneOffset.UTC);
        }
        return v;
    }
}
