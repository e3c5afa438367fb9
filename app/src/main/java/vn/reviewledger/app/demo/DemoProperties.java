package vn.reviewledger.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled create the demo cycle on first start (embedded default only; off in tests and production)
 * @param reviews how many individual reviews the demo cycle holds
 */
@ConfigurationProperties("reviewledger.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("96") int reviews) {
}
