package vn.reviewledger.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;

/**
 * Axon's JPA event store with its hottest statements as plain SQL on the connection of the store's
 * transaction (the same table and columns {@code ReviewHistory} reads): a streaming processor's
 * fetch, an aggregate's last sequence number, and the append. Snapshots, the aggregate's own stream
 * and everything else are Axon's own.
 *
 * <p><b>The fetch.</b> While a processor's token has gaps (global index values taken by a
 * transaction that had not committed when the processor read past them; with several writers they
 * are there most of the time), Axon asks for {@code globalIndex > :token OR globalIndex IN :gaps}.
 * H2 uses no index for that disjunction: it reads the whole {@code domain_event_entry} table in key
 * order on every such fetch, so the cost of a fetch grows with the store (measured on H2 2.3 with
 * 200,000 rows: 0.41 ms against 0.04 ms for the range alone, in memory; more from a file). Every gap
 * is below the token's index, so {@code global_index >= lowest gap} is implied by the condition;
 * stated, it gives H2 a range to seek to, and only the rows from the oldest gap on are read.
 * PostgreSQL answers both forms with its index and gets the same statement. Through Hibernate, each
 * number of gaps was a new query to translate (the IN list's length is part of the SQL); that was
 * most of what the fetching thread did once the scan was gone. The rows, and their Java types, are
 * exactly those of Axon's query.
 *
 * <p><b>The last sequence number</b> of an aggregate is asked before every command on a cached
 * review (the cache checks that no other node wrote to it since); through Hibernate's query
 * machinery it cost about as much as the database's index lookup itself.
 *
 * <p><b>The append</b> writes the very rows Axon's would (its own {@code DomainEventEntry} makes
 * each row's values), with one {@code insert} per event that takes the global index from the same
 * sequence, one value at a time ({@code META-INF/orm.xml}), in the same statement. Through
 * Hibernate each event was a persist (a sequence round trip) and a flush (dirty checking, the
 * action queue): about a sixth of a command thread's CPU under the bench's load, more than the
 * database's own insert. What Axon's append guarantees stays: it runs in the command's
 * transaction, and a duplicate key (another writer took this sequence number of the aggregate) is
 * reported at once, as Axon reports it: a {@code ConcurrencyException}, or an
 * {@code AggregateStreamCreationException} for a first event.
 */
public class SqlEventStorageEngine extends JpaEventStorageEngine {

    private static final String FIELDS = "select global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data "
            + "from domain_event_entry where ";

    private final TransactionManager transactions;
    /** The append's statement, per database (the sequence's syntax differs); set on first use. */
    private volatile String insert;

    /** {@code transactionManager}: the one given to {@code builder}, which keeps it to itself. */
    public SqlEventStorageEngine(Builder builder, TransactionManager transactionManager) {
        super(builder.transactionManager(transactionManager));
        this.transactions = transactionManager;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> entityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert(connection))) {
                for (EventMessage<?> event : events) {
                    DomainEventData<byte[]> row = (DomainEventEntry) createEventEntity(event, serializer);
                    SerializedObject<byte[]> payload = row.getPayload();
                    statement.setString(1, row.getAggregateIdentifier());
                    statement.setLong(2, row.getSequenceNumber());
                    statement.setString(3, row.getType());
                    statement.setString(4, row.getEventIdentifier());
                    statement.setString(5, payload.getType().getName());
                    statement.setString(6, payload.getType().getRevision());
                    statement.setBytes(7, payload.getData());
                    statement.setBytes(8, row.getMetaData().getData());
                    statement.setString(9, DateTimeUtils.formatInstant(event.getTimestamp()));
                    try {
                        statement.executeUpdate();
                    } catch (SQLException e) {
                        handlePersistenceException(e, event);
                    }
                }
            }
        }));
    }

    private String insert(Connection connection) throws SQLException {
        String sql = insert;
        if (sql == null) {
            String next = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? "nextval('domain_event_entry_seq')" : "next value for domain_event_entry_seq";
            sql = "insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                    + "event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp) values ("
                    + next + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            insert = sql;
        }
        return sql;
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return entityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select max(sequence_number) from domain_event_entry where aggregate_identifier = ?")) {
                statement.setString(1, aggregateIdentifier);
                try (ResultSet rs = statement.executeQuery()) {
                    long last = rs.next() ? rs.getLong(1) : 0;
                    return rs.wasNull() ? Optional.empty() : Optional.of(last);
                }
            }
        });
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        long index = token == null ? -1L : token.getIndex();
        List<Long> gaps = token == null ? List.of() : new ArrayList<>(token.getGaps());
        String where = gaps.isEmpty() ? "global_index > ?"
                : "global_index >= ? and (global_index > ? or global_index in (" + "?, ".repeat(gaps.size() - 1)
                + "?))";
        String sql = FIELDS + where + " order by global_index fetch first ? rows only";
        return entityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int p = 1;
                if (!gaps.isEmpty()) {
                    statement.setLong(p++, gaps.get(0));
                }
                statement.setLong(p++, index);
                for (Long gap : gaps) {
                    statement.setLong(p++, gap);
                }
                statement.setInt(p, batchSize());
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9),
                                rs.getBytes(10)});
                    }
                }
                return rows;
            }
        });
    }
}
