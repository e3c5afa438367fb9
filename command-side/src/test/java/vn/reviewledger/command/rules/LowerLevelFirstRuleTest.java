package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/** Collectives are rated from the lower level up (Hướng dẫn 25-HD/BTCTW, Part II). */
class LowerLevelFirstRuleTest {

    private final LowerLevelFirstRule rule = new LowerLevelFirstRule();

    @Test
    void upperLevel_waitsForACollectiveBelow_theRefusalNamesBothAndTheBlockingReview() {
        List<CollectiveStatus> below = List.of(
                new CollectiveStatus("rv-cb-vp", "chi-bo-van-phong", "Chi bộ Văn phòng", Rating.GOOD),
                new CollectiveStatus("rv-cb-tc", "chi-bo-to-chuc", "Chi bộ Ban Tổ chức", null));

        RuleViolation v = refusal(() -> rule.check("Đảng ủy Khối các cơ quan", below));

        assertThat(v.rule()).isEqualTo("LOWER_LEVEL_FIRST");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(v.args()).containsEntry("collective", "Đảng ủy Khối các cơ quan")
                .containsEntry("lower", "Chi bộ Ban Tổ chức").containsEntry("blockingReviewId", "rv-cb-tc");
    }

    @Test
    void upperLevel_isRatedOnceEveryCollectiveBelowIsDecided() {
        List<CollectiveStatus> below = List.of(
                new CollectiveStatus("rv-cb-vp", "chi-bo-van-phong", "Chi bộ Văn phòng", Rating.GOOD),
                new CollectiveStatus("rv-cb-tc", "chi-bo-to-chuc", "Chi bộ Ban Tổ chức", Rating.NOT_COMPLETE));

        assertThatNoException().isThrownBy(() -> rule.check("Đảng ủy Khối các cơ quan", below));
    }

    @Test
    void aCollectiveWithNothingBelow_doesNotWait() {
        assertThatNoException().isThrownBy(() -> rule.check("Chi bộ Văn phòng", List.of()));
    }

    /** An exempted collective (established under six months) is never decided, and never blocks another. */
    @Test
    void anExemptedCollective_doesNotBlock() {
        org.assertj.core.api.Assertions.assertThatNoException().isThrownBy(() -> rule.check("Đảng ủy Khối", List.of(new CollectiveStatus("rv-cb-moi", "chi-bo-moi", "Chi bộ mới thành lập", null, true))));
    }
}
