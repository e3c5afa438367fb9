package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.platform.persistence.SqlReadsEventStorageEngine;

/**
 * The event store's two plain-SQL reads ({@link SqlReadsEventStorageEngine}) answer exactly what
 * Axon's own queries answer: a streaming processor whose token has gaps gets the same events in the
 * same order (but H2 seeks to the oldest gap instead of reading the whole event table on every
 * fetch), and an aggregate's last sequence number is the same, or none for an unknown one.
 */
@SpringBootTest
@ActiveProfiles("test")
class SqlReadsEventStoreTest {

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
        assertThat(engine).isInstanceOf(SqlReadsEventStorageEngine.class);
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
    void onH2TheBoundedFormSeeksWhereAxonsFormReadsTheWholeTable() {
        String axons = explain("select global_index from domain_event_entry e where e.global_index > 100 "
                + "or e.global_index in (5, 7) order by e.global_index");
        String bounded = explain("select global_index from domain_event_entry e where e.global_index >= 5 and "
                + "(e.global_index > 100 or e.global_index in (5, 7)) order by e.global_index");
        // H2 names the index condition it seeks with in a comment after the index; none means a scan.
        assertThat(axons).doesNotContainPattern("/\\* [A-Z_.0-9]+: ");
        assertThat(bounded).containsPattern("/\\* [A-Z_.0-9]+: GLOBAL_INDEX >= ");
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
