package vn.reviewledger.query.ops.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reviewledger.platform.security.ProductionCheck;

/**
 * The demo signing key ships in reviewledger-query-side.yml so the embedded default can sign bundles out of the
 * box; anyone can read it there, so a bundle signed with it proves nothing. The production profile
 * refuses to start with it ({@code platform.security.ProductionGuard} runs every check).
 */
@Configuration(proxyBeanMethods = false)
class AuditProductionChecks {

    static final String DEMO_SIGNING_KEY = "MC4CAQAwBQYDK2VwBCIEIIwLBZ29cNluGZHTiW1to90T7lvj9y9imx+4wn5Srdm6";

    @Bean
    ProductionCheck auditSigningKeyIsNotTheDemoKey() {
        return ProductionCheck.refuseValues("reviewledger.audit.signing-key", DEMO_SIGNING_KEY);
    }
}
