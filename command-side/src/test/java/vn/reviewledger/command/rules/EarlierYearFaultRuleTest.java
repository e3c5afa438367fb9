package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/**
 * Quy định 124-QĐ/TW Art. 12 §4.5: a fault of an earlier year disciplined in the review year is rated
 * at the time of the fault — the fault year's review is re-rated.
 */
class EarlierYearFaultRuleTest {

    private final EarlierYearFaultRule rule = new EarlierYearFaultRule();

    private static DisciplineRecorded discipline(LocalDate imposedOn, LocalDate violationOn) {
        return new DisciplineRecorded("r", imposedOn, DisciplineForm.CANH_CAO, false, false, violationOn, true);
    }

    @Test
    void aFaultOfAnEarlierYear_asksThatYearToBeReRated() {
        assertThat(rule.yearToRerate(discipline(LocalDate.of(2024, 4, 2), LocalDate.of(2023, 10, 15)), 2024))
                .isEqualTo(2023);
    }

    @Test
    void aFaultOfTheReviewYear_asksNoReRating() {
        assertThat(rule.yearToRerate(discipline(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 1, 15)), 2024)).isNull();
    }

    @Test
    void withoutAViolationDate_theFaultIsTakenAsOfTheDiscipline() {
        assertThat(rule.yearToRerate(discipline(LocalDate.of(2024, 4, 2), null), 2024)).isNull();
    }

    @Test
    void theCapFollowsTheFaultsYear_notTheDisciplines() {
        DisciplineCapRule cap = new DisciplineCapRule();
        DisciplineRecorded lateDiscipline = discipline(LocalDate.of(2024, 2, 1), LocalDate.of(2023, 11, 1));

        assertThat(cap.bearsOn(lateDiscipline, 2023)).isTrue();
        assertThat(cap.bearsOn(lateDiscipline, 2024)).isFalse();
    }
}
