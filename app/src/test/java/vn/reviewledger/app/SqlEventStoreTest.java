package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.platform.persistence.SqlEventStorageEngine;

/**
 * The event store's plain-SQL statements ({@link SqlEventStorageEngine}) do exactly what Axon's own
 * do: a streaming processor whose token has gaps gets the same events in the same order (but H2
 * seeks to the oldest gap instead of reading the whole event table on every fetch), an aggregate's
 * last sequence number is the same, or none for an unknown one, and an append writes the rows
 * Axon's would and refuses a sequence number already taken as Axon refuses it. On PostgreSQL too
 * ({@link PostgresSqlEventStoreTest}), but for H2's query plan.
 */
@SpringBootTest
@ActiveProfiles("test")
class SqlEventStoreTest {

    @Autowired
    EventStorageEngine engine;
    @Autowired
    EntityManagerProvider entityManagers;
    @Autowired
    TransactionManager transactions;
    @Autowired
    PersistenceExceptionResolver exceptions;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    Serializer serializer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withGapsItFetchesExactlyTheEventsAxonsQueryFetches() {
        assertThat(engine).isInstanceOf(SqlEventStorageEngine.class);
        String aggregate = "gap-" + UUID.randomUUID();
        transactions.executeInTransaction(() -> {
            List<GenericDomainEventMessage<String>> events = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                events.add(new GenericDomainEventMessage<>("Probe", aggregate, i, "sự kiện " + i));
            }
            engine.appendEvents(events);
        });
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        // Read up to head - 2, except two values further back that had not committed then.
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(head - 2,
                new TreeSet<>(List.of(head - 6, head - 4)));
        JpaEventStorageEngine axons = axons();

        // The probe's events hold global indexes head - 7 to head, in sequence 0 to 7.
        List<Long> ours = sequences(engine, token, aggregate);
        assertThat(ours).containsExactly(1L, 3L, 6L, 7L);
        assertThat(ours).isEqualTo(sequences(axons, token, aggregate));
        // Without gaps, nothing changes: the range alone.
        assertThat(sequences(engine, GapAwareTrackingToken.newInstance(head - 2, new TreeSet<>()), aggregate))
                .containsExactly(6L, 7L);
    }

    @Test
    void theLastSequenceNumberIsAxonsOwnAndNoneForAnUnknownAggregate() {
        String aggregate = "last-" + UUID.randomUUID();
        transactions.executeInTransaction(() -> engine.appendEvents(List.of(
                new GenericDomainEventMessage<>("Probe", aggregate, 0, "một"),
                new GenericDomainEventMessage<>("Probe", aggregate, 1, "hai"),
                new GenericDomainEventMessage<>("Probe", aggregate, 2, "ba"))));
        JpaEventStorageEngine axons = axons();
        assertThat(transactions.fetchInTransaction(() -> engine.lastSequenceNumberFor(aggregate))).contains(2L)
                .isEqualTo(transactions.fetchInTransaction(() -> axons.lastSequenceNumberFor(aggregate)));
        assertThat(transactions.fetchInTransaction(() -> engine.lastSequenceNumberFor("no-such-" + aggregate)))
                .isEmpty();
    }

    @Test
    void anAppendWritesTheRowsAxonsAppendWritesInTheSequencesOrder() {
        String ours = "append-" + UUID.randomUUID();
        String theirs = "axon-" + UUID.randomUUID();
        JpaEventStorageEngine axons = axons();
        transactions.executeInTransaction(() -> engine.appendEvents(probe(ours)));
        transactions.executeInTransaction(() -> axons.appendEvents(probe(theirs)));

        List<Map<String, Object>> mine = rows(ours);
        List<Map<String, Object>> axon = rows(theirs);
        assertThat(mine).hasSize(3);
        for (int i = 0; i < 3; i++) {
            // Byte for byte the same row but for the two identities, and the same timestamp text.
            assertThat(withoutIdentities(mine.get(i))).usingRecursiveComparison()
                    .isEqualTo(withoutIdentities(axon.get(i)));
        }
        // One global index after the other, in the order the events were given.
        List<Long> indexes = mine.stream().map(r -> (Long) r.get("global_index")).toList();
        assertThat(indexes).isSorted().doesNotHaveDuplicates();
        assertThat(indexes.get(2) - indexes.get(0)).isEqualTo(2);

        // Read back through Axon's own stream, the events are those given, diacritics and all.
        List<DomainEventMessage<?>> back = transactions.fetchInTransaction(
                () -> axons.readEvents(ours).asStream().<DomainEventMessage<?>>map(m -> m).toList());
        assertThat(back.stream().map(m -> (Object) m.getPayload()).toList())
                .containsExactly("Đảng viên Nguyễn Thị Ánh 0", "Đảng viên Nguyễn Thị Ánh 1", "Đảng viên Nguyễn Thị Ánh 2");
        assertThat(back).extracting(m -> m.getMetaData().get("actorId")).containsOnly("thư ký Lê Văn Đức");
        assertThat(back.get(1).getTimestamp()).isEqualTo(probe(ours).get(1).getTimestamp());
    }

    @Test
    void aTakenSequenceNumberIsRefusedAsAxonRefusesItAndNothingOfTheAppendStays() {
        String aggregate = "taken-" + UUID.randomUUID();
        transactions.executeInTransaction(() -> engine.appendEvents(probe(aggregate)));

        // Another writer's events 2 and 3, when 2 is already there: a concurrency conflict.
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> engine.appendEvents(List.of(
                new GenericDomainEventMessage<>("Probe", aggregate, 2, "trùng"),
                new GenericDomainEventMessage<>("Probe", aggregate, 3, "sau")))))
                .isInstanceOf(ConcurrencyException.class)
                .isNotInstanceOf(AggregateStreamCreationException.class);
        // A second creation of the same aggregate: Axon's own exception for a stream already there.
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> engine.appendEvents(List.of(
                new GenericDomainEventMessage<>("Probe", aggregate, 0, "lại")))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(rows(aggregate)).hasSize(3);
        assertThat(transactions.fetchInTransaction(() -> engine.lastSequenceNumberFor(aggregate))).contains(2L);
    }

    @Test
    void onH2TheBoundedFormSeeksWhereAxonsFormReadsTheWholeTable() {
        String axons = explain("select global_index from domain_event_entry e where e.global_index > 100 "
                + "or e.global_index in (5, 7) order by e.global_index");
        String bounded = explain("select global_index from domain_event_entry e where e.global_index >= 5 and "
                + "(e.global_index > 100 or e.global_index in (5, 7)) order by e.global_index");
        // H2 names the index condition it seeks with in a comment after the index; none means a scan.
        assertThat(axons).doesNotContainPattern("/\\* [A-Z_.0-9]+: ");
        assertThat(bounded).containsPattern("/\\* [A-Z_.0-9]+: GLOBAL_INDEX >= ");
    }

    /** A whole second, milliseconds, nanoseconds: the stored text is Axon's fixed three digits for each. */
    private static final List<String> TIMES = List.of("2026-01-01T08:15:30Z", "2026-01-02T08:15:30.123Z",
            "2026-01-03T08:15:30.123456789Z");

    private static List<GenericDomainEventMessage<String>> probe(String aggregate) {
        MetaData metaData = MetaData.with("actorId", "thư ký Lê Văn Đức").and("reason", "Kiểm điểm năm 2025");
        List<GenericDomainEventMessage<String>> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(new GenericDomainEventMessage<>("Probe", aggregate, i, "Đảng viên Nguyễn Thị Ánh " + i,
                    metaData, "id-" + i + "-" + aggregate, java.time.Instant.parse(TIMES.get(i))));
        }
        return events;
    }

    private static Map<String, Object> withoutIdentities(Map<String, Object> row) {
        Map<String, Object> rest = new java.util.LinkedHashMap<>(row);
        rest.keySet().removeAll(List.of("global_index", "aggregate_identifier", "event_identifier"));
        return rest;
    }

    /** Every column of the aggregate's rows, as read back (bytes as bytes, whatever the column's type). */
    private List<Map<String, Object>> rows(String aggregate) {
        return jdbc.query("select global_index, aggregate_identifier, sequence_number, type, event_identifier, "
                + "payload_type, payload_revision, payload, meta_data, time_stamp from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", (rs, n) -> {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("global_index", rs.getLong(1));
                    row.put("aggregate_identifier", rs.getString(2));
                    row.put("sequence_number", rs.getLong(3));
                    row.put("type", rs.getString(4));
                    row.put("event_identifier", rs.getString(5));
                    row.put("payload_type", rs.getString(6));
                    row.put("payload_revision", rs.getString(7));
                    row.put("payload", rs.getBytes(8));
                    row.put("meta_data", rs.getBytes(9));
                    row.put("time_stamp", rs.getString(10));
                    return row;
                }, aggregate);
    }

    /** Axon's own engine on the same store, as its auto-configuration would build it. */
    private JpaEventStorageEngine axons() {
        return JpaEventStorageEngine.builder().snapshotSerializer(serializer).eventSerializer(eventSerializer)
                .persistenceExceptionResolver(exceptions).entityManagerProvider(entityManagers)
                .transactionManager(transactions).build();
    }

    private String explain(String sql) {
        return jdbc.queryForObject("explain " + sql, String.class);
    }

    private List<Long> sequences(EventStorageEngine storage, GapAwareTrackingToken token, String aggregate) {
        return transactions.fetchInTransaction(() -> storage.readEvents(token, false)
                .filter(m -> m instanceof DomainEventMessage<?> d && aggregate.equals(d.getAggregateIdentifier()))
                .map(m -> ((DomainEventMessage<?>) m).getSequenceNumber())
                .toList());
    }
}
