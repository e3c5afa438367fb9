package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;

/**
 * Regulation 124's leave rules (Guid. 25's leave text not found; Guid. 21/2019 and Decree 90/2020
 * Art. 2): under six months actually worked — maternity aside — reviewed but not rated; sick leave
 * of three months or more caps the rating at Complete; maternity is rated on the work actually
 * done. 2024 is a leap year of 366 days, so six months is 183 days worked and three months of
 * leave is 91.5 days, i.e. 92 whole days.
 */
class LeaveCapRuleTest {

    private static final int YEAR = 2024;
    private final LeaveCapRule rule = new LeaveCapRule(6, 3, Rating.COMPLETE);

    private static LeaveRecorded leave(LocalDate from, LocalDate to, LeaveKind kind) {
        return new LeaveRecorded("r-1", from, to, kind);
    }

    private static RatingContext onLeave(LeaveRecorded... leaves) {
        return new RatingContext(SubjectKind.PARTY_MEMBER, YEAR, List.of(), List.of(leaves), false, null, null);
    }

    /** A leave of exactly {@code days} days from 1 January. */
    private static RatingContext daysOfLeave(int days, LeaveKind kind) {
        return onLeave(leave(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 1, 1).plusDays(days - 1), kind));
    }

    @Test
    void leave_noLeaveAllowsExcellent() {
        assertThatNoException().isThrownBy(() -> rule.check(onLeave(), Rating.EXCELLENT));
    }

    @Test
    void leave_workedUnderSixMonths_isReviewedButNotRated_whateverTheRating() {
        RatingContext review = daysOfLeave(184, LeaveKind.UNPAID);

        for (Rating rating : Rating.values()) {
            RuleViolation v = refusal(() -> rule.check(review, rating));
            assertThat(v.rule()).isEqualTo("LEAVE_NOT_RATED");
            assertThat(v.args()).containsEntry("workedDays", 182L).containsEntry("minMonths", 6);
        }
        assertThat(rule.ratable(review)).isFalse();
    }

    @Test
    void leave_workedExactlySixMonths_isRated() {
        RatingContext review = daysOfLeave(183, LeaveKind.STUDY);

        assertThat(rule.ratable(review)).isTrue();
        assertThatNoException().isThrownBy(() -> rule.check(review, Rating.EXCELLENT));
    }

    @Test
    void maternity_isRatedOnTheWorkActuallyDone_evenAfterSixMonthsOff() {
        // Decree 90 Art. 2: "trừ trường hợp nghỉ chế độ thai sản" — a long maternity leave keeps her ratable.
        RatingContext review = daysOfLeave(200, LeaveKind.MATERNITY);

        assertThat(rule.ratable(review)).isTrue();
        for (Rating rating : Rating.values()) {
            assertThatNoException().isThrownBy(() -> rule.check(review, rating));
        }
    }

    @Test
    void maternity_doesNotHideOtherLeave_fromTheMonthsWorked() {
        // 120 days of maternity and 190 of unpaid leave: 176 worked outside maternity → not rated.
        RatingContext review = onLeave(
                leave(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 29), LeaveKind.MATERNITY),
                leave(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 11, 6), LeaveKind.UNPAID));

        assertThat(rule.ratable(review)).isFalse();
    }

    @Test
    void sickLeave_ofThreeMonths_capsAtComplete() {
        RatingContext review = onLeave(leave(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), LeaveKind.SICK));

        for (Rating above : List.of(Rating.EXCELLENT, Rating.GOOD)) {
            RuleViolation v = refusal(() -> rule.check(review, above));
            assertThat(v.rule()).isEqualTo("LEAVE_CAP");
            assertThat(v.args()).containsEntry("leaveDays", 122L).containsEntry("months", 3)
                    .containsEntry("cap", Rating.COMPLETE);
        }
        assertThatNoException().isThrownBy(() -> rule.check(review, Rating.COMPLETE));
    }

    @Test
    void sickLeave_justUnderThreeMonths_allowsExcellent_andOneMoreDayCapsIt() {
        assertThatNoException().isThrownBy(() -> rule.check(daysOfLeave(91, LeaveKind.SICK), Rating.EXCELLENT));
        assertThat(refusal(() -> rule.check(daysOfLeave(92, LeaveKind.SICK), Rating.GOOD)).rule())
                .isEqualTo("LEAVE_CAP");
    }

    @ParameterizedTest(name = "{0} leave of 100 days does not cap the rating")
    @EnumSource(value = LeaveKind.class, names = {"MATERNITY", "STUDY", "UNPAID", "OTHER"})
    void onlySickLeave_capsTheRating(LeaveKind kind) {
        assertThatNoException().isThrownBy(() -> rule.check(daysOfLeave(100, kind), Rating.EXCELLENT));
    }

    @Test
    void leave_overlappingRecordsAreCountedOnce() {
        // The same 46 days recorded twice as sick leave: 46 days, not 92, so Excellent is still open.
        LeaveRecorded first = leave(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 15), LeaveKind.SICK);
        LeaveRecorded again = leave(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 15), LeaveKind.SICK);
        RatingContext review = onLeave(first, again);

        assertThat(LeaveCapRule.leaveDaysInYear(review, l -> true)).isEqualTo(46);
        assertThatNoException().isThrownBy(() -> rule.check(review, Rating.EXCELLENT));
    }

    @Test
    void leave_overlappingRecordsCountedOnce_keepSomeoneRatable() {
        // Two records of about four months that overlap by three: about five months in all, not eight.
        RatingContext review = onLeave(
                leave(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), LeaveKind.OTHER),
                leave(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 31), LeaveKind.UNPAID));

        assertThat(LeaveCapRule.leaveDaysInYear(review, l -> true)).isEqualTo(152);
        assertThat(rule.ratable(review)).isTrue();
        assertThatNoException().isThrownBy(() -> rule.check(review, Rating.GOOD));
    }

    @Test
    void leave_onlyTheDaysInsideTheReviewYearCount() {
        // From 1 November 2023 to 31 January 2024: 31 days of 2024 count.
        RatingContext review = onLeave(leave(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 1, 31), LeaveKind.SICK));

        assertThat(LeaveCapRule.leaveDaysInYear(review, l -> true)).isEqualTo(31);
        assertThatNoException().isThrownBy(() -> rule.check(review, Rating.EXCELLENT));
    }

    @Test
    void leave_monthsAndCapAreParameters() {
        LeaveCapRule stricter = new LeaveCapRule(9, 1, Rating.NOT_COMPLETE);

        assertThat(refusal(() -> stricter.check(daysOfLeave(40, LeaveKind.SICK), Rating.COMPLETE)).rule())
                .isEqualTo("LEAVE_CAP");
        assertThat(refusal(() -> stricter.check(daysOfLeave(123, LeaveKind.UNPAID), Rating.GOOD)).rule())
                .isEqualTo("LEAVE_NOT_RATED");
    }
}
