package vn.reviewledger.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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

    /** Inserts {@code rows} into {@code table}, in the order given. */
    public static <R> void insert(JdbcTemplate jdbc, RowTable<R> table, Collection<R> rows) {
        insert(jdbc, table.name(), table.columns(), table.types(), values(table, rows));
    }

    /** Writes {@code rows} over what {@code table} holds ({@link #upsert(JdbcTemplate, String, String[], int[], int, List)}). */
    public static <R> void upsert(JdbcTemplate jdbc, RowTable<R> table, Collection<R> rows) {
        upsert(jdbc, table.name(), table.columns(), table.types(), table.keys(), values(table, rows));
    }

    /**
     * Updates every column but the key's of each row, found by its key, in the order given. A row
     * that is not there is an error, not a silent no-op: the caller read it in the same transaction.
     */
    public static <R> void update(JdbcTemplate jdbc, RowTable<R> table, Collection<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String[] columns = table.columns();
        int[] types = table.types();
        int keys = table.keys();
        StringBuilder sql = new StringBuilder("update ").append(table.name()).append(" set ");
        for (int c = keys; c < columns.length; c++) {
            sql.append(c > keys ? ", " : "").append(columns[c]).append(" = ?");
        }
        sql.append(" where ").append(matching(columns, keys));
        List<Object[]> values = values(table, rows);
        int[] updated = jdbc.batchUpdate(sql.toString(), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Object[] row = values.get(i);
                int p = 1;
                for (int c = keys; c < row.length; c++) {
                    ps.setObject(p++, value(row[c]), types[c]);
                }
                for (int c = 0; c < keys; c++) {
                    ps.setObject(p++, value(row[c]), types[c]);
                }
            }

            @Override
            public int getBatchSize() {
                return values.size();
            }
        });
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                throw new IllegalStateException("no row of " + table.name() + " to update for " + values.get(i)[0]);
            }
        }
    }

    /**
     * The rows of {@code table} whose first key column (the review id) is one of {@code ids}, by that
     * id; read in slices, so an IN list stays short whatever the batch. For a table keyed by the
     * review alone (one row per review).
     */
    public static <R> Map<String, R> load(JdbcTemplate jdbc, RowTable<R> table, Collection<String> ids) {
        Map<String, R> rows = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        String select = "select " + String.join(", ", table.columns()) + " from " + table.name() + " where "
                + table.columns()[0] + " in (";
        for (int from = 0; from < all.size(); from += 500) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.query(select + "?, ".repeat(slice.size() - 1) + "?)", rs -> {
                R row = table.read(rs);
                rows.put(table.id(row), row);
            }, slice.toArray());
        }
        return rows;
    }

    private static <R> List<Object[]> values(RowTable<R> table, Collection<R> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (R row : rows) {
            values.add(table.values(row));
        }
        return values;
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

    /**
     * Writes {@code rows} over what {@code table} holds: each row updated by its key (the first
     * {@code keys} columns) unless it already holds those very values, inserted where no row had
     * that key. A row already right is not written at all (the database only looks it up), and an
     * update that leaves the indexed columns as they were does not touch the secondary indexes (H2
     * compares them; PostgreSQL makes a heap-only tuple), where a delete and an insert changed every
     * index twice. On H2 that matters twice over: every entry a transaction wrote is rewritten again
     * at its commit.
     */
    public static void upsert(JdbcTemplate jdbc, String table, String[] columns, int[] types, int keys,
                              List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("update ").append(table).append(" set ");
        for (int c = keys; c < columns.length; c++) {
            sql.append(c > keys ? ", " : "").append(columns[c]).append(" = ?");
        }
        sql.append(" where ").append(matching(columns, keys)).append(" and not (");
        for (int c = keys; c < columns.length; c++) {
            sql.append(c > keys ? " and " : "").append(columns[c]).append(" is not distinct from ?");
        }
        sql.append(")");
        int[] updated = jdbc.batchUpdate(sql.toString(), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Object[] row = rows.get(i);
                int p = 1;
                for (int c = keys; c < row.length; c++) {
                    ps.setObject(p++, value(row[c]), types[c]);
                }
                for (int c = 0; c < keys; c++) {
                    ps.setObject(p++, value(row[c]), types[c]);
                }
                for (int c = keys; c < row.length; c++) {
                    ps.setObject(p++, value(row[c]), types[c]);
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
        // Not updated: either right already or not there. Those not there are inserted.
        List<Object[]> unchangedOrMissing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] < 0) {
                // A driver that does not say what a batch entry did would leave missing rows missing.
                throw new IllegalStateException("no update count from the driver for " + table);
            }
            if (updated[i] == 0) {
                unchangedOrMissing.add(rows.get(i));
            }
        }
        // Looked up by the key's first column (an index prefix; an OR of composite keys scanned the table).
        Set<List<Object>> present = new HashSet<>();
        List<Object> firsts = new ArrayList<>(unchangedOrMissing.stream().map(r -> value(r[0])).distinct().toList());
        for (int from = 0; from < firsts.size(); from += 500) {
            List<Object> slice = firsts.subList(from, Math.min(firsts.size(), from + 500));
            String select = "select " + String.join(", ", List.of(columns).subList(0, keys)) + " from " + table
                    + " where " + columns[0] + " in (" + "?, ".repeat(slice.size() - 1) + "?)";
            jdbc.query(select, rs -> {
                List<Object> key = new ArrayList<>(keys);
                for (int c = 0; c < keys; c++) {
                    key.add(types[c] == Types.BIGINT ? (Object) rs.getLong(c + 1) : rs.getString(c + 1));
                }
                present.add(key);
            }, slice.toArray());
        }
        List<Object[]> missing = new ArrayList<>();
        for (Object[] row : unchangedOrMissing) {
            List<Object> key = new ArrayList<>(keys);
            for (int c = 0; c < keys; c++) {
                key.add(row[c] instanceof Enum<?> e ? e.name() : row[c]);
            }
            if (!present.contains(key)) {
                missing.add(row);
            }
        }
        insert(jdbc, table, columns, types, missing);
    }

    private static String matching(String[] columns, int keys) {
        StringBuilder sql = new StringBuilder();
        for (int c = 0; c < keys; c++) {
            sql.append(c > 0 ? " and " : "").append(columns[c]).append(" = ?");
        }
        return sql.toString();
    }

    /**
     * Deletes the rows of {@code table} whose key (the given columns, read as strings and longs) the
     * pass did not write: what a reset would have emptied and no event brought back. One scan of the
     * key, holding only the keys to delete.
     */
    public static void deleteOthers(JdbcTemplate jdbc, String table, String[] keyColumns, int[] keyTypes,
                                    Predicate<Object[]> written) {
        String keys = String.join(", ", keyColumns);
        List<Object[]> gone = new ArrayList<>();
        jdbc.query("select " + keys + " from " + table, rs -> {
            Object[] key = new Object[keyColumns.length];
            for (int c = 0; c < key.length; c++) {
                key[c] = keyTypes[c] == Types.BIGINT ? (Object) rs.getLong(c + 1) : rs.getString(c + 1);
            }
            if (!written.test(key)) {
                gone.add(key);
            }
        });
        if (gone.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("delete from ").append(table).append(" where ");
        for (int c = 0; c < keyColumns.length; c++) {
            sql.append(c > 0 ? " and " : "").append(keyColumns[c]).append(" = ?");
        }
        jdbc.batchUpdate(sql.toString(), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                for (int c = 0; c < keyColumns.length; c++) {
                    ps.setObject(c + 1, gone.get(i)[c], keyTypes[c]);
                }
            }

            @Override
            public int getBatchSize() {
                return gone.size();
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
