package vn.reviewledger.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;

/** The self-review form the page preselects is the one the review's rule set asks for. */
class RequiredFormTest {

    private static ReviewView review(SubjectKind kind, boolean outside) {
        return new ReviewView("r", "c", new Subject("s", "Nguyễn Văn An", kind), "cb-vp", null, Stage.OPENED, null,
                null, null, null, null, null, null, null, outside, 0, Map.of(), DeadlineStatus.ON_TRACK, 0);
    }

    @Test
    void guidance43AsksForm2CFromAMemberOutsideThePoliticalSystem2AFromACadre2BOtherwiseAnd01FromACollective() {
        assertThat(ReviewDetailPage.requiredForm(review(SubjectKind.PARTY_MEMBER, true), true)).isEqualTo("2C");
        assertThat(ReviewDetailPage.requiredForm(review(SubjectKind.PARTY_MEMBER, false), true)).isEqualTo("2B");
        assertThat(ReviewDetailPage.requiredForm(review(SubjectKind.LEADERSHIP_CADRE, false), true)).isEqualTo("2A");
        assertThat(ReviewDetailPage.requiredForm(review(SubjectKind.LEADERSHIP_COLLECTIVE, false), true)).isEqualTo("01");
    }

    @Test
    void guidance25Asks02AFromAMember02BFromACadreWhateverTheFlag() {
        assertThat(ReviewDetailPage.requiredForm(review(SubjectKind.PARTY_MEMBER, true), false)).isEqualTo("02A");
        assertThat(ReviewDetailPage.requiredForm(review(SubjectKind.LEADERSHIP_CADRE, false), false)).isEqualTo("02B");
        assertThat(ReviewDetailPage.requiredForm(review(SubjectKind.PARTY_ORGANIZATION, false), false)).isEqualTo("01");
    }
}
