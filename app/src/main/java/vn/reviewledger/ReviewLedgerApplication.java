package vn.reviewledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The single-process assembly: command side and query side in one JVM. It lives in the root
 * package so that component and entity scanning cover both sides without an {@code @EntityScan},
 * which would switch off Axon's own entity registration (AXON-NOTES.md).
 */
@SpringBootApplication
public class ReviewLedgerApplication {

    public static void main(String[] args) {
        NoOutboundCalls.apply();
        SpringApplication.run(ReviewLedgerApplication.class, args);
    }
}
