package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Quy định 124-QĐ/TW, Art. 2 (3): a member admitted fewer than six months before the cycle opens
 * is not reviewed this year. The review aggregate records such a member as exempted; see
 * {@code ReviewOpeningTest} for that wiring.
 */
class AdmissionRuleTest {

    private static final LocalDate CYCLE_OPENS = LocalDate.of(2024, 11, 1);
    private final AdmissionRule rule = new AdmissionRule(6);

    @Test
    void admission_lessThanSixMonthsBeforeTheCycleOpens_isTooRecent() {
        assertThat(rule.admittedTooRecently(LocalDate.of(2024, 5, 2), CYCLE_OPENS)).isTrue();
        assertThat(rule.admittedTooRecently(LocalDate.of(2024, 10, 31), CYCLE_OPENS)).isTrue();
    }

    @Test
    void admission_exactlySixMonthsBeforeTheCycleOpens_isReviewed() {
        assertThat(rule.admittedTooRecently(LocalDate.of(2024, 5, 1), CYCLE_OPENS)).isFalse();
    }

    @Test
    void admission_longAgo_isReviewed() {
        assertThat(rule.admittedTooRecently(LocalDate.of(2010, 3, 3), CYCLE_OPENS)).isFalse();
    }

    @Test
    void admission_unknownDates_neverExempt() {
        // Without the date there is nothing to exempt on; the member is reviewed as usual.
        assertThat(rule.admittedTooRecently(null, CYCLE_OPENS)).isFalse();
        assertThat(rule.admittedTooRecently(LocalDate.of(2024, 10, 1), null)).isFalse();
    }

    @Test
    void admission_monthsAreAParameter() {
        AdmissionRule threeMonths = new AdmissionRule(3);

        assertThat(threeMonths.admittedTooRecently(LocalDate.of(2024, 7, 1), CYCLE_OPENS)).isFalse();
        assertThat(threeMonths.admittedTooRecently(LocalDate.of(2024, 8, 2), CYCLE_OPENS)).isTrue();
    }
}
