package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/**
 * Many offices racing to decide Excellent in one quota group end with exactly the allowed number
 * decided, never more: every decision passes through the cycle aggregate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuotaConcurrencyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void racingExcellentDecisionsNeverExceedTheQuota() throws Exception {
        Api api = new Api(port);
        Scenario scenario = new Scenario(api).cycle2023();
        StringBuilder good = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            String id = scenario.member("good-" + i, "Đặng Văn Tốt " + i);
            scenario.driveMemberToProposed(id, "GOOD");
            good.append(i == 0 ? "" : ",").append("{\"reviewId\": \"%s\", \"rating\": \"GOOD\"}".formatted(id));
        }
        scenario.step("office", "/api/cycles/" + scenario.cycleId + "/decisions", """
                {"quotaGroupId": "g-cb-1", "decisionNo": "1", "decidedOn": "2023-12-28", "entries": [%s]}"""
                .formatted(good));
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = scenario.member("exc-" + i, "Bùi Thị Giỏi " + i);
            scenario.driveMemberToProposed(id, "EXCELLENT");
            candidates.add(id);
        }

        ExecutorService pool = Executors.newFixedThreadPool(candidates.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (String id : candidates) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.as("office").post("/api/reviews/" + id + "/decision", """
                        {"rating": "EXCELLENT", "decisionNo": "2", "decidedOn": "2023-12-29"}""");
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Api.Response> f : answers) {
            Api.Response r = f.get();
            if (r.status() == 200) {
                accepted++;
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
                assertThat(r.json().get("rule").asText()).isIn("EXCELLENT_QUOTA", "CONFLICT");
            }
        }
        pool.shutdown();

        long decidedExcellent = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%RatingDecided' and aggregate_identifier in (" + String.join(",",
                candidates.stream().map(c -> "'" + c + "'").toList()) + ")", Long.class);
        assertThat(accepted).isEqualTo(2);
        assertThat(decidedExcellent).isEqualTo(2);
    }
}
