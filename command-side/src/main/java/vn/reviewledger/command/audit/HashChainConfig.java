package vn.reviewledger.command.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link HashChain} on the event store wherever commands are handled (the single-process app and
 * the command service); a service that only reads never stores events and needs none.
 */
@Configuration(proxyBeanMethods = false)
class HashChainConfig {

    @Bean
    HashChain hashChain(EventStore store, @Qualifier("eventSerializer") Serializer eventSerializer) {
        HashChain chain = new HashChain(store, eventSerializer);
        store.registerDispatchInterceptor(chain);
        return chain;
    }
}
