package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Hướng dẫn 25-HD/BTCTW, appendices: a collective reports on form 01; a party member without a
 * leadership post self-reviews on form 02A, one with a leadership or management post on 02B.
 */
public final class SelfReviewFormRule {

    public SelfReviewForm requiredForm(SubjectKind kind, boolean leadershipPost) {
        if (kind.isCollective()) {
            return SelfReviewForm.F01;
        }
        return leadershipPost || kind == SubjectKind.LEADERSHIP_CADRE ? SelfReviewForm.F02B : SelfReviewForm.F02A;
    }

    public void check(SubjectKind kind, boolean leadershipPost, SelfReviewForm given) {
        SelfReviewForm required = requiredForm(kind, leadershipPost);
        if (given != required) {
            throw RuleViolation.conflict("FORM_MISMATCH", "given", given == null ? "—" : given.code(),
                    "required", required.code());
        }
    }
}
