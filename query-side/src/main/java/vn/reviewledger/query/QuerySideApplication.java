package vn.reviewledger.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.reviewledger.NoOutboundCalls;

/**
 * The query side as its own service (port 8082): projections, query handlers and the read API, with
 * no aggregate. It reads the events the command side stored — from the shared PostgreSQL database,
 * or from Axon Server with the {@code axonserver} profile — so it always runs with the
 * {@code postgres} profile, and its own settings in {@code application-query-side.yml}. Several of
 * these may run at once; they split the projections' segments between them.
 */
@SpringBootApplication(scanBasePackages = {"vn.reviewledger.query", "vn.reviewledger.platform"})
public class QuerySideApplication {

    public static void main(String[] args) {
        NoOutboundCalls.apply();
        application().run(args);
    }

    /** The service as {@link #main} starts it; tests read its profiles from here. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(QuerySideApplication.class).profiles("postgres", "query-side");
    }
}
