package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.reviewledger.kernel.common.Rating;

/** A collective with a member disciplined in the year cannot be rated Excellent (Quy định 124-QĐ/TW, Art. 11). */
class DisciplinedSubordinateRuleTest {

    private final DisciplinedSubordinateRule rule = new DisciplinedSubordinateRule();

    @Test
    void excellent_isRefusedWhenAMemberWasDisciplined_namingHowManyAndOne() {
        RuleViolation v = refusal(() -> rule.check("Chi bộ Văn phòng", Rating.EXCELLENT, List.of("dv-7", "dv-9")));

        assertThat(v.rule()).isEqualTo("DISCIPLINED_SUBORDINATE");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(v.args()).containsEntry("collective", "Chi bộ Văn phòng").containsEntry("count", 2)
                .containsEntry("blockingReviewId", "dv-7");
    }

    @ParameterizedTest(name = "{0} is allowed")
    @EnumSource(value = Rating.class, names = {"GOOD", "COMPLETE", "NOT_COMPLETE"})
    void everyRatingBelowExcellent_isAllowedDespiteTheDiscipline(Rating rating) {
        assertThatNoException().isThrownBy(() -> rule.check("Chi bộ Văn phòng", rating, List.of("dv-7")));
    }

    @Test
    void excellent_isAllowedWhenNoMemberWasDisciplined() {
        assertThatNoException().isThrownBy(() -> rule.check("Chi bộ Văn phòng", Rating.EXCELLENT, List.of()));
    }
}
