package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/**
 * Quy định 366-QĐ/TW Art. 11 §4: disciplined in the year (reprimand or more) for a duty-related
 * fault ⇒ Not complete; self-discovered and remedied is the competent level's discretion, recorded
 * with its reason; an earlier year's fault disciplined now counts now.
 */
class DutyDisciplineRuleTest {

    private final DutyDisciplineRule rule = new DutyDisciplineRule();

    private static DisciplineRecorded discipline(LocalDate imposedOn, LocalDate violationOn, boolean dutyRelated,
                                                 boolean selfDiscovered, boolean remedied) {
        return new DisciplineRecorded("r", imposedOn, DisciplineForm.KHIEN_TRACH, selfDiscovered, remedied, violationOn,
                dutyRelated);
    }

    private static RatingContext review(String reason, DisciplineRecorded d) {
        return new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(d), List.of(), false, null, 85, reason, 0);
    }

    @ParameterizedTest(name = "{0} is refused")
    @EnumSource(value = Rating.class, names = {"EXCELLENT", "GOOD", "COMPLETE"})
    void aDutyRelatedDisciplineInTheYear_capsAtNotComplete(Rating rating) {
        DisciplineRecorded d = discipline(LocalDate.of(2025, 6, 2), null, true, false, false);

        RuleViolation v = refusal(() -> rule.check(review(null, d), rating));
        assertThat(v.rule()).isEqualTo("DISCIPLINE_CAP");
        assertThat(v.args()).containsEntry("cap", Rating.NOT_COMPLETE).containsEntry("year", 2025);
        assertThatNoException().isThrownBy(() -> rule.check(review(null, d), Rating.NOT_COMPLETE));
    }

    @Test
    void aFaultOfAnEarlierYearDisciplinedNow_countsNow() {
        DisciplineRecorded d = discipline(LocalDate.of(2025, 3, 1), LocalDate.of(2023, 9, 1), true, false, false);

        assertThat(refusal(() -> rule.check(review(null, d), Rating.GOOD)).rule()).isEqualTo("DISCIPLINE_CAP");
        assertThat(rule.bearsOn(d, 2025)).isTrue();
    }

    @Test
    void aDisciplineImposedInAnotherYear_doesNotCapThisOne() {
        DisciplineRecorded d = discipline(LocalDate.of(2024, 11, 20), null, true, false, false);

        assertThatNoException().isThrownBy(() -> rule.check(review(null, d), Rating.GOOD));
    }

    @Test
    void aDisciplineForAFaultNotRelatedToDuty_doesNotCapByItself() {
        DisciplineRecorded d = discipline(LocalDate.of(2025, 6, 2), null, false, false, false);

        assertThatNoException().isThrownBy(() -> rule.check(review(null, d), Rating.GOOD));
        assertThat(rule.bearsOn(d, 2025)).isFalse();
    }

    @Test
    void selfDiscoveredAndRemedied_isADiscretion_aHigherRatingNeedsTheReason() {
        DisciplineRecorded d = discipline(LocalDate.of(2025, 6, 2), null, true, true, true);

        RuleViolation v = refusal(() -> rule.check(review(null, d), Rating.COMPLETE));
        assertThat(v.rule()).isEqualTo("DISCIPLINE_DISCRETION_REASON");
        assertThatNoException().isThrownBy(
                () -> rule.check(review("Tự phát hiện, khắc phục xong hậu quả; chi bộ đề nghị", d), Rating.COMPLETE));
    }

    @Test
    void selfDiscoveredButNotRemedied_isNoDiscretion() {
        DisciplineRecorded d = discipline(LocalDate.of(2025, 6, 2), null, true, true, false);

        assertThat(refusal(() -> rule.check(review("Lý do", d), Rating.COMPLETE)).rule()).isEqualTo("DISCIPLINE_CAP");
    }
}
