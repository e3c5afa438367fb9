package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/** A unit's collective is rated before the individual who heads it (Hướng dẫn 25-HD/BTCTW, Part II). */
class UnitBeforeHeadRuleTest {

    private final UnitBeforeHeadRule rule = new UnitBeforeHeadRule();

    @Test
    void head_waitsForTheUnitsCollective_theRefusalNamesHeadCollectiveAndTheBlockingReview() {
        List<CollectiveStatus> open = List.of(new CollectiveStatus("rv-cb-vp", "chi-bo-van-phong", "Chi bộ Văn phòng", null));

        RuleViolation v = refusal(() -> rule.check("Trần Văn Đức", open));

        assertThat(v.rule()).isEqualTo("UNIT_BEFORE_HEAD");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(v.args()).containsEntry("head", "Trần Văn Đức").containsEntry("collective", "Chi bộ Văn phòng")
                .containsEntry("blockingReviewId", "rv-cb-vp");
    }

    @Test
    void head_isRatedOnceTheCollectiveIsDecided_atAnyRating() {
        for (Rating rating : Rating.values()) {
            List<CollectiveStatus> decided =
                    List.of(new CollectiveStatus("rv-cb-vp", "chi-bo-van-phong", "Chi bộ Văn phòng", rating));
            assertThatNoException().isThrownBy(() -> rule.check("Trần Văn Đức", decided));
        }
    }

    @Test
    void head_ofAUnitWithoutACollectiveReview_doesNotWait() {
        assertThatNoException().isThrownBy(() -> rule.check("Trần Văn Đức", List.of()));
    }

    @Test
    void head_waitsForEveryCollectiveOfTheUnit_theRefusalNamesTheOneStillOpen() {
        // A committee's unit may hold two collective reviews: the party committee and its standing committee.
        List<CollectiveStatus> both = List.of(
                new CollectiveStatus("rv-du", "dang-uy-khoi", "Đảng ủy Khối", Rating.GOOD),
                new CollectiveStatus("rv-btv", "dang-uy-khoi", "Ban Thường vụ Đảng ủy Khối", null));

        assertThat(refusal(() -> rule.check("Trần Văn Đức", both)).args())
                .containsEntry("collective", "Ban Thường vụ Đảng ủy Khối").containsEntry("blockingReviewId", "rv-btv");
    }

    /** An exempted collective (established under six months) is never decided, and never blocks another. */
    @Test
    void anExemptedCollective_doesNotBlock() {
        org.assertj.core.api.Assertions.assertThatNoException().isThrownBy(() -> rule.check("Bí thư", List.of(new CollectiveStatus("rv-cb-vp", "chi-bo-van-phong", "Chi bộ Văn phòng", null, true))));
    }
}
