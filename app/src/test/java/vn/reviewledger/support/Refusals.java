package vn.reviewledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;

/** How an HTTP test says "refused, by that rule, and nothing stored". */
public final class Refusals {

    private Refusals() {
    }

    /** A problem+json answer with this status and rule code. */
    public static void assertRefused(Api.Response r, int status, String rule) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.json().get("rule").asText()).as(r.toString()).isEqualTo(rule);
    }

    /** How many events the store holds for an aggregate: unchanged by a refusal. */
    public static long storedEvents(JdbcTemplate jdbc, String aggregateId) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
        return n == null ? 0 : n;
    }
}
