package vn.reviewledger.app.config;

import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.reviewledger.kernel.upcasting.OpinionRecordedUpcaster;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AppConfig {

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
