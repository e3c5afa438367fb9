package vn.reviewledger.platform.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.reviewledger.kernel.upcasting.OpinionRecordedUpcaster;

/**
 * What every deployment needs, whichever sides it runs: one clock, and scheduling (the command side
 * expires idempotency records, the query side balances its segments between nodes).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfig {

    /** One clock for business dates, deadline statuses and validation; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Old shapes of stored events, read in their current shape (Axon picks up upcaster beans). */
    @Bean
    OpinionRecordedUpcaster opinionRecordedUpcaster() {
        return new OpinionRecordedUpcaster();
    }

    /** {@code @PastOrPresent} on business dates is judged by the application clock, not the JVM's. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
