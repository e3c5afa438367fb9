package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Hướng dẫn 25-HD/BTCTW, appendices: form 01 for a collective's report, 02A for a member without a
 * leadership post, 02B for a member with one and for every leadership cadre.
 */
class SelfReviewFormRuleTest {

    private final SelfReviewFormRule rule = new SelfReviewFormRule();

    @ParameterizedTest(name = "{0}, leadership post {1}: form {2}")
    @CsvSource({
            "PARTY_MEMBER, false, F02A",
            "PARTY_MEMBER, true, F02B",
            "LEADERSHIP_CADRE, false, F02B",
            "LEADERSHIP_CADRE, true, F02B",
            "PARTY_ORGANIZATION, false, F01",
            "PARTY_ORGANIZATION, true, F01",
            "LEADERSHIP_COLLECTIVE, false, F01"})
    void form_dependsOnSubjectKindAndLeadershipPost(SubjectKind kind, boolean leadershipPost, SelfReviewForm form) {
        assertThat(rule.requiredForm(kind, leadershipPost)).isEqualTo(form);
        assertThatNoException().isThrownBy(() -> rule.check(kind, leadershipPost, form));
    }

    @Test
    void form_aMemberWithoutAPostUsing02B_isRefusedNamingBothForms() {
        RuleViolation v = refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, SelfReviewForm.F02B));

        assertThat(v.rule()).isEqualTo("FORM_MISMATCH");
        assertThat(v.args()).containsEntry("given", "02B").containsEntry("required", "02A");
    }

    @Test
    void form_aMemberWithALeadershipPostUsing02A_isRefused() {
        assertThat(refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, true, SelfReviewForm.F02A)).args())
                .containsEntry("given", "02A").containsEntry("required", "02B");
    }

    @Test
    void form_aCollectiveUsingAnIndividualForm_isRefused() {
        assertThat(refusal(() -> rule.check(SubjectKind.PARTY_ORGANIZATION, false, SelfReviewForm.F02A)).args())
                .containsEntry("required", "01");
    }

    @Test
    void form_missing_isRefusedAsAMismatch() {
        RuleViolation v = refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, null));

        assertThat(v.rule()).isEqualTo("FORM_MISMATCH");
        assertThat(v.args()).containsEntry("given", "—").containsEntry("required", "02A");
    }
}
