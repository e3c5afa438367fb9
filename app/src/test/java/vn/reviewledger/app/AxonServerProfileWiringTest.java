package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The axonserver profile wires Axon Server as event store and message router, with servers,
 * context and token from configuration, and none of the relational event store's beans. No Axon
 * Server runs here: the connector dials in the background and keeps retrying, so the application
 * starts against an address where nothing listens. Only a brand-new processor would ask the event
 * store for its first token while starting, and wait for the answer; the processors here start from
 * the beginning instead, as they would anyway on an empty event store.
 */
@SpringBootTest(properties = {
        "AXONSERVER_SERVERS=127.0.0.1:1",
        "AXONSERVER_CONTEXT=review-ledger-test",
        "AXONSERVER_TOKEN=secret-token"})
@ActiveProfiles({"test", "axonserver"})
// Closed after its tests: left in the context cache, its connector and processors would go on
// dialling the absent server for the rest of the run.
@DirtiesContext
class AxonServerProfileWiringTest {

    @TestConfiguration
    static class FirstTokensWithoutAskingTheServer {
        @Bean
        ConfigurerModule processorsStartAtTheBeginning() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerPooledStreamingEventProcessorConfiguration((config, builder) ->
                            builder.initialToken(source -> null)));
        }
    }

    @Autowired
    ApplicationContext context;

    @Test
    void axonServerIsTheEventStoreAndTheRouterWithItsSettingsFromConfiguration() {
        assertThat(context.getBeanNamesForType(AxonServerConnectionManager.class)).hasSize(1);
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);

        AxonServerConfiguration settings = context.getBean(AxonServerConfiguration.class);
        assertThat(settings.isEnabled()).isTrue();
        assertThat(settings.getServers()).isEqualTo("127.0.0.1:1");
        assertThat(settings.getContext()).isEqualTo("review-ledger-test");
        assertThat(settings.getToken()).isEqualTo("secret-token");
    }

    @Test
    void theRelationalEventStoreIsNotWired() {
        assertThat(context.getBeanNamesForType(EventStorageEngine.class)).isEmpty();
        assertThat(context.getBeanNamesForType(
                org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine.class)).isEmpty();
        assertThat(context.getBeanNamesForType(
                org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine.class)).isEmpty();
    }
}
