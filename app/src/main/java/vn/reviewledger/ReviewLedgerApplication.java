package vn.reviewledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import vn.reviewledger.command.CommandSideApplication;
import vn.reviewledger.query.QuerySideApplication;

/**
 * The single-process assembly: command side and query side in one JVM. It lives in the root
 * package so that component and entity scanning cover both sides without an {@code @EntityScan},
 * which would switch off Axon's own entity registration (AXON-NOTES.md). This is
 * {@code @SpringBootApplication} spelled out, to leave out the two sides' own service entry points,
 * which sit inside the scanned packages and configure a deployment of one side each.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class})})
public class ReviewLedgerApplication {

    public static void main(String[] args) {
        NoOutboundCalls.apply();
        SpringApplication.run(ReviewLedgerApplication.class, args);
    }
}
