package vn.reviewledger.platform.persistence;

import java.lang.management.ManagementFactory;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The token store Axon's {@code JpaAutoConfiguration} would build (the general serializer, the
 * configured claim timeout, the JVM's name as the node id, as its builder defaults), as a
 * {@link SqlTokenStore}; with this bean Axon's steps back. In every profile: streaming processors
 * keep their tokens in the database under Axon Server too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenStoreProperties.class)
class TokenStoreConfig {

    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagerProvider,
                          TokenStoreProperties properties) {
        return new SqlTokenStore(JpaTokenStore.builder().claimTimeout(properties.getClaimTimeout()),
                entityManagerProvider, serializer, ManagementFactory.getRuntimeMXBean().getName());
    }
}
