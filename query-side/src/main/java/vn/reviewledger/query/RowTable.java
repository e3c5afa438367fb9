package vn.reviewledger.query;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A read model's table as its JDBC paths see it: each column declared once, with its SQL type and
 * the field it holds, so a row is written from its object and read back into one without
 * Hibernate. The live processor ({@link LiveRows}) and the bulk rebuild ({@link BulkModel}) both
 * write through it. The key's columns come first. A column must also be mapped on the entity (the
 * queries still read through JPA): {@code RowTablesTest} checks every table against its entity's
 * mapping, so one cannot be added on one side and forgotten on the other.
 */
public final class RowTable<R> {

    private final String name;
    private final Supplier<R> make;
    private final int keys;
    private final List<Column<R, ?>> columns = new ArrayList<>();

    private RowTable(String name, Supplier<R> make, int keys) {
        this.name = name;
        this.make = make;
        this.keys = keys;
    }

    /** A table whose first {@code keys} columns (declared next) make its primary key. */
    public static <R> RowTable<R> of(String name, Supplier<R> make, int keys) {
        return new RowTable<>(name, make, keys);
    }

    public RowTable<R> text(String column, Function<R, String> get, BiConsumer<R, String> set) {
        return add(column, Types.VARCHAR, get, set, ResultSet::getString);
    }

    public <E extends Enum<E>> RowTable<R> enumerated(String column, Class<E> type, Function<R, E> get,
                                                      BiConsumer<R, E> set) {
        return add(column, Types.VARCHAR, get, set, (rs, i) -> {
            String v = rs.getString(i);
            return v == null ? null : Enum.valueOf(type, v);
        });
    }

    /** An INTEGER column; null stays null (a primitive field's setter is only given non-null columns). */
    public RowTable<R> integer(String column, Function<R, Integer> get, BiConsumer<R, Integer> set) {
        return add(column, Types.INTEGER, get, set, (rs, i) -> {
            int v = rs.getInt(i);
            return rs.wasNull() ? null : v;
        });
    }

    public RowTable<R> bigint(String column, Function<R, Long> get, BiConsumer<R, Long> set) {
        return add(column, Types.BIGINT, get, set, (rs, i) -> {
            long v = rs.getLong(i);
            return rs.wasNull() ? null : v;
        });
    }

    public RowTable<R> bool(String column, Function<R, Boolean> get, BiConsumer<R, Boolean> set) {
        return add(column, Types.BOOLEAN, get, set, (rs, i) -> {
            boolean v = rs.getBoolean(i);
            return rs.wasNull() ? null : v;
        });
    }

    public RowTable<R> date(String column, Function<R, LocalDate> get, BiConsumer<R, LocalDate> set) {
        return add(column, Types.DATE, get, set, (rs, i) -> rs.getObject(i, LocalDate.class));
    }

    /** A TIMESTAMP WITH TIME ZONE column, as JPA maps an {@link Instant}: written in UTC. */
    public RowTable<R> instant(String column, Function<R, Instant> get, BiConsumer<R, Instant> set) {
        return add(column, Types.TIMESTAMP_WITH_TIMEZONE, get, set, (rs, i) -> {
            OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
            return v == null ? null : v.toInstant();
        });
    }

    public RowTable<R> decimal(String column, Function<R, BigDecimal> get, BiConsumer<R, BigDecimal> set) {
        return add(column, Types.NUMERIC, get, set, ResultSet::getBigDecimal);
    }

    private <V> RowTable<R> add(String column, int type, Function<R, V> get, BiConsumer<R, V> set, Reader<V> read) {
        columns.add(new Column<>(column, type, get, set, read));
        return this;
    }

    public String name() {
        return name;
    }

    /** How many of the first columns make the key. */
    public int keys() {
        return keys;
    }

    public String[] columns() {
        return columns.stream().map(Column::name).toArray(String[]::new);
    }

    public int[] types() {
        return columns.stream().mapToInt(Column::type).toArray();
    }

    /** The row's values in column order, as its fields hold them ({@link BatchRows} binds them). */
    public Object[] values(R row) {
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = columns.get(c).get().apply(row);
        }
        return values;
    }

    /** The first key column of a row: the review id, for every per-review table. */
    public String id(R row) {
        return (String) columns.get(0).get().apply(row);
    }

    /** A row read from the current line of {@code rs}, selected as {@code select <columns()> ...}. */
    public R read(ResultSet rs) throws SQLException {
        R row = make.get();
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).readInto(row, rs, c + 1);
        }
        return row;
    }

    private interface Reader<V> {
        V read(ResultSet rs, int index) throws SQLException;
    }

    private record Column<R, V>(String name, int type, Function<R, V> get, BiConsumer<R, V> set, Reader<V> reader) {
        void readInto(R row, ResultSet rs, int index) throws SQLException {
            set.accept(row, reader.read(rs, index));
        }
    }
}
