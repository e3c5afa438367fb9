package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/** The embedded default wires the real parts: a JPA event store, Jackson everywhere, no Axon Server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WiringTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void eventsAreStoredByJpaAndSerializedByJackson() {
        assertThat(storageEngine).isInstanceOf(JpaEventStorageEngine.class);
        assertThat(context.getBean(org.axonframework.eventsourcing.eventstore.EventStore.class))
                .isInstanceOf(EmbeddedEventStore.class);
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(messageSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(context.getBeanNamesForType(
                org.axonframework.axonserver.connector.AxonServerConnectionManager.class)).isEmpty();
    }

    @Test
    void theGlobalIndexIsHandedOutOneAtATime() {
        // Only the events of this test: the context is shared with other tests, some of which roll a
        // stored event back on purpose (a legitimate gap that Axon's gap detection is there for).
        Long before = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        scenario.member("pm-600", "Hoàng Minh Quân");
        scenario.member("pm-601", "Huỳnh Thị Yến");
        List<Long> indexes = jdbc.queryForList(
                "select global_index from domain_event_entry where global_index > ? order by global_index",
                Long.class, before);
        assertThat(indexes).as("a cycle and two openings").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i) - indexes.get(i - 1)).as("gap after %s", indexes.get(i - 1)).isEqualTo(1);
        }
    }

    @Test
    void axonsUsageReportingIsOff() {
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    }
}
