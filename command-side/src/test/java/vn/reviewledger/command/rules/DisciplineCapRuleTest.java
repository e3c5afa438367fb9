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
 * Discipline in the review year caps an individual at "not completed", unless the fault was
 * discovered by the subject and remedied (Quy định 124-QĐ/TW, Art. 7 (4), Art. 11 (4)).
 */
class DisciplineCapRuleTest {

    private static final int YEAR = 2024;
    private final DisciplineCapRule rule = new DisciplineCapRule();

    private static RatingContext disciplined(LocalDate imposedOn, boolean selfDiscovered, boolean remedied) {
        DisciplineRecorded d = new DisciplineRecorded("r-1", imposedOn, DisciplineForm.KHIEN_TRACH, selfDiscovered, remedied);
        return new RatingContext(SubjectKind.PARTY_MEMBER, YEAR, List.of(d), List.of(), false, null, null);
    }

    @Test
    void discipline_noDisciplineAllowsEveryRating() {
        RatingContext clean = new RatingContext(SubjectKind.PARTY_MEMBER, YEAR, List.of(), List.of(), false, null, null);
        assertThatNoException().isThrownBy(() -> rule.check(clean, Rating.EXCELLENT));
    }

    @ParameterizedTest(name = "{0} is refused")
    @EnumSource(value = Rating.class, names = {"EXCELLENT", "GOOD", "COMPLETE"})
    void discipline_inTheReviewYear_capsTheRatingAtNotComplete(Rating rating) {
        RuleViolation v = refusal(() -> rule.check(disciplined(LocalDate.of(2024, 5, 10), false, false), rating));

        assertThat(v.rule()).isEqualTo("DISCIPLINE_CAP");
        assertThat(v.args())
                .containsEntry("form", DisciplineForm.KHIEN_TRACH)
                .containsEntry("imposedOn", LocalDate.of(2024, 5, 10))
                .containsEntry("year", YEAR)
                .containsEntry("rating", rating)
                .containsEntry("cap", Rating.NOT_COMPLETE);
    }

    @Test
    void discipline_inTheReviewYear_stillAllowsNotComplete() {
        assertThatNoException().isThrownBy(
                () -> rule.check(disciplined(LocalDate.of(2024, 5, 10), false, false), Rating.NOT_COMPLETE));
    }

    @Test
    void discipline_imposedInAnotherYear_doesNotCap() {
        assertThatNoException().isThrownBy(
                () -> rule.check(disciplined(LocalDate.of(2023, 12, 31), false, false), Rating.EXCELLENT));
        assertThatNoException().isThrownBy(
                () -> rule.check(disciplined(LocalDate.of(2025, 1, 1), false, false), Rating.EXCELLENT));
    }

    @Test
    void discipline_onTheFirstAndLastDayOfTheYear_isInTheYear() {
        assertThat(refusal(() -> rule.check(disciplined(LocalDate.of(2024, 1, 1), false, false), Rating.GOOD)).rule())
                .isEqualTo("DISCIPLINE_CAP");
        assertThat(refusal(() -> rule.check(disciplined(LocalDate.of(2024, 12, 31), false, false), Rating.GOOD)).rule())
                .isEqualTo("DISCIPLINE_CAP");
    }

    @Test
    void discipline_selfDiscoveredAndRemedied_doesNotCap() {
        assertThatNoException().isThrownBy(
                () -> rule.check(disciplined(LocalDate.of(2024, 5, 10), true, true), Rating.GOOD));
    }

    @Test
    void discipline_selfDiscoveredButNotRemedied_stillCaps() {
        assertThat(refusal(() -> rule.check(disciplined(LocalDate.of(2024, 5, 10), true, false), Rating.GOOD)).rule())
                .isEqualTo("DISCIPLINE_CAP");
    }

    @Test
    void discipline_remediedButNotSelfDiscovered_stillCaps() {
        assertThat(refusal(() -> rule.check(disciplined(LocalDate.of(2024, 5, 10), false, true), Rating.GOOD)).rule())
                .isEqualTo("DISCIPLINE_CAP");
    }

    @Test
    void discipline_oneExcusedAndOneNotInTheYear_theUnexcusedOneCaps() {
        RatingContext both = new RatingContext(SubjectKind.PARTY_MEMBER, YEAR, List.of(
                new DisciplineRecorded("r-1", LocalDate.of(2024, 3, 1), DisciplineForm.KHIEN_TRACH, true, true),
                new DisciplineRecorded("r-1", LocalDate.of(2024, 9, 1), DisciplineForm.CANH_CAO, false, false)),
                List.of(), false, null, null);

        RuleViolation v = refusal(() -> rule.check(both, Rating.COMPLETE));
        assertThat(v.args()).containsEntry("form", DisciplineForm.CANH_CAO);
    }

    @Test
    void discipline_ofAPartyOrganizationInTheYear_capsItToo() {
        RatingContext organization = new RatingContext(SubjectKind.PARTY_ORGANIZATION, YEAR, List.of(
                new DisciplineRecorded("r-1", LocalDate.of(2024, 6, 1), DisciplineForm.KHIEN_TRACH, false, false)),
                List.of(), false, null, null);

        assertThat(refusal(() -> rule.check(organization, Rating.GOOD)).rule()).isEqualTo("DISCIPLINE_CAP");
    }

    /** Art. 12 §4.5: a fault of 2023 disciplined in 2024 is rated in 2023, not in 2024. */
    @Test
    void discipline_forAFaultOfAnEarlierYear_capsThatYear_notTheYearItWasImposed() {
        DisciplineRecorded late = new DisciplineRecorded("r-1", LocalDate.of(2024, 2, 5), DisciplineForm.CANH_CAO, false,
                false, LocalDate.of(2023, 10, 1), true);
        RatingContext in2024 = new RatingContext(SubjectKind.PARTY_MEMBER, 2024, List.of(late), List.of(), false, null, null);
        RatingContext in2023 = new RatingContext(SubjectKind.PARTY_MEMBER, 2023, List.of(late), List.of(), false, null, null);

        assertThatNoException().isThrownBy(() -> rule.check(in2024, Rating.GOOD));
        assertThat(refusal(() -> rule.check(in2023, Rating.GOOD)).rule()).isEqualTo("DISCIPLINE_CAP");
    }
}
