package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;

/** Quy định 366-QĐ/TW Art. 11 §1: Excellent needs every shortcoming of earlier reviews remedied. */
class ExcellentConditionsRuleTest {

    private final ExcellentConditionsRule rule = new ExcellentConditionsRule();

    private static RatingContext outstanding(int n) {
        return new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(), List.of(), false, null, 95, null, n);
    }

    @Test
    void excellent_withShortcomingsStillOutstanding_isRefused() {
        RuleViolation v = refusal(() -> rule.check(outstanding(1), Rating.EXCELLENT));

        assertThat(v.rule()).isEqualTo("EXCELLENT_SHORTCOMINGS");
        assertThat(v.args()).containsEntry("outstanding", 1);
    }

    @Test
    void excellent_withEveryShortcomingRemedied_isAccepted_andGoodNeverNeedsIt() {
        assertThatNoException().isThrownBy(() -> rule.check(outstanding(0), Rating.EXCELLENT));
        assertThatNoException().isThrownBy(() -> rule.check(outstanding(3), Rating.GOOD));
    }

    @Test
    void aRecordCannotRemedyMoreThanWasFound() {
        assertThatNoException().isThrownBy(() -> rule.checkRecord(vn.reviewledger.kernel.common.Stage.VOTED, 3, 3));
        RuleViolation v = refusal(() -> rule.checkRecord(vn.reviewledger.kernel.common.Stage.VOTED, 2, 3));
        assertThat(v.rule()).isEqualTo("SHORTCOMINGS_REMEDIED_EXCEED");
        assertThat(v.field()).isEqualTo("remedied");
        assertThat(refusal(() -> rule.checkRecord(vn.reviewledger.kernel.common.Stage.VOTED, -1, 0)).field()).isEqualTo("found");
    }
}
