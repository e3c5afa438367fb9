package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Which self-review form a review must use. Hướng dẫn 25-HD/BTCTW (2023–2024): 01 for a collective,
 * 02A for an individual without a leadership post, 02B with one. Hướng dẫn 43-HD/BTCTW §2 (2025 on):
 * 01, 2A with a leadership or management post, 2B without, 2C for a party member not working in the
 * political system (retired, studying, private sector). Each rule set builds this with its forms.
 */
public final class SelfReviewFormRule {

    private final SelfReviewForm collective;
    private final SelfReviewForm withPost;
    private final SelfReviewForm withoutPost;
    private final SelfReviewForm outsidePoliticalSystem;

    private SelfReviewFormRule(SelfReviewForm collective, SelfReviewForm withPost, SelfReviewForm withoutPost,
                               SelfReviewForm outsidePoliticalSystem) {
        this.collective = collective;
        this.withPost = withPost;
        this.withoutPost = withoutPost;
        this.outsidePoliticalSystem = outsidePoliticalSystem;
    }

    /** Guid. 25: a member outside the political system writes the ordinary 02A. */
    public static SelfReviewFormRule guidance25() {
        return new SelfReviewFormRule(SelfReviewForm.F01, SelfReviewForm.F02B, SelfReviewForm.F02A, SelfReviewForm.F02A);
    }

    public static SelfReviewFormRule guidance43() {
        return new SelfReviewFormRule(SelfReviewForm.F01, SelfReviewForm.F2A, SelfReviewForm.F2B, SelfReviewForm.F2C);
    }

    public SelfReviewForm requiredForm(SubjectKind kind, boolean leadershipPost, boolean outside) {
        if (kind.isCollective()) {
            return collective;
        }
        if (leadershipPost || kind == SubjectKind.LEADERSHIP_CADRE) {
            return withPost;
        }
        return outside ? outsidePoliticalSystem : withoutPost;
    }

    public void check(SubjectKind kind, boolean leadershipPost, boolean outside, SelfReviewForm given) {
        SelfReviewForm required = requiredForm(kind, leadershipPost, outside);
        if (given != required) {
            throw RuleViolation.conflict("FORM_MISMATCH", "given", given == null ? "—" : given.code(),
                    "required", required.code());
        }
    }
}
