package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/**
 * Guid. 21/2019 (kept by Guid. 25), Quy định 366-QĐ/TW Art. 3 (2): the head of a unit is never
 * rated above the collective he heads.
 */
class HeadNotAboveCollectiveRuleTest {

    private final HeadNotAboveCollectiveRule rule = new HeadNotAboveCollectiveRule();
    private final CollectiveStatus cellComplete = new CollectiveStatus("rv-cb", "cb", "Chi bộ Văn phòng", Rating.COMPLETE);

    @Test
    void aHeadAboveTheCollective_isRefused_namingBothRatings() {
        RuleViolation v = refusal(() -> rule.check("Bí thư Trần Văn Đức", Rating.GOOD, List.of(cellComplete)));

        assertThat(v.rule()).isEqualTo("HEAD_ABOVE_COLLECTIVE");
        assertThat(v.args()).containsEntry("rating", Rating.GOOD).containsEntry("collectiveRating", Rating.COMPLETE)
                .containsEntry("collective", "Chi bộ Văn phòng");
    }

    @Test
    void aHeadAtOrBelowTheCollective_isAccepted() {
        assertThatNoException().isThrownBy(() -> rule.check("Bí thư", Rating.COMPLETE, List.of(cellComplete)));
        assertThatNoException().isThrownBy(() -> rule.check("Bí thư", Rating.NOT_COMPLETE, List.of(cellComplete)));
    }

    @Test
    void anUndecidedOrExemptedCollective_capsNothing() {
        assertThatNoException().isThrownBy(() -> rule.check("Bí thư", Rating.EXCELLENT,
                List.of(new CollectiveStatus("rv-cb", "cb", "Chi bộ", null, true))));
    }
}
