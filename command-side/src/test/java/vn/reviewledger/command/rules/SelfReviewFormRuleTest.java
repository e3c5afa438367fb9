package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.SubjectKind;

/** Which self-review form a review must use: each guidance has its own forms. */
class SelfReviewFormRuleTest {

    /** Hướng dẫn 25-HD/BTCTW, appendices (2023–2024): 01 collective, 02A without a post, 02B with one. */
    @Nested
    class Guidance25 {

        private final SelfReviewFormRule rule = SelfReviewFormRule.guidance25();

        @ParameterizedTest(name = "{0}, leadership post {1}, outside the system {2}: form {3}")
        @CsvSource({
                "PARTY_MEMBER, false, false, F02A",
                "PARTY_MEMBER, false, true, F02A",
                "PARTY_MEMBER, true, false, F02B",
                "LEADERSHIP_CADRE, false, false, F02B",
                "PARTY_ORGANIZATION, false, false, F01",
                "LEADERSHIP_COLLECTIVE, true, false, F01"})
        void form_dependsOnSubjectKindAndLeadershipPost(SubjectKind kind, boolean post, boolean outside,
                                                       SelfReviewForm form) {
            assertThat(rule.requiredForm(kind, post, outside)).isEqualTo(form);
            assertThatNoException().isThrownBy(() -> rule.check(kind, post, outside, form));
        }

        @Test
        void aMemberWithoutAPostUsing02B_isRefusedNamingBothForms() {
            RuleViolation v = refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, false, SelfReviewForm.F02B));

            assertThat(v.rule()).isEqualTo("FORM_MISMATCH");
            assertThat(v.args()).containsEntry("given", "02B").containsEntry("required", "02A");
        }

        @Test
        void the2025FormsAreRefused_in2024() {
            assertThat(refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, false, SelfReviewForm.F2B)).args())
                    .containsEntry("given", "2B").containsEntry("required", "02A");
        }

        @Test
        void aMissingForm_isRefusedAsAMismatch() {
            RuleViolation v = refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, false, null));

            assertThat(v.rule()).isEqualTo("FORM_MISMATCH");
            assertThat(v.args()).containsEntry("given", "—").containsEntry("required", "02A");
        }
    }

    /**
     * Hướng dẫn 43-HD/BTCTW §2 (2025 on): 01 collective, 2A with a leadership or management post, 2B
     * without, 2C for a party member not working in the political system.
     */
    @Nested
    class Guidance43 {

        private final SelfReviewFormRule rule = SelfReviewFormRule.guidance43();

        @ParameterizedTest(name = "{0}, leadership post {1}, outside the system {2}: form {3}")
        @CsvSource({
                "PARTY_MEMBER, false, false, F2B",
                "PARTY_MEMBER, true, false, F2A",
                "PARTY_MEMBER, false, true, F2C",
                "LEADERSHIP_CADRE, false, false, F2A",
                "PARTY_ORGANIZATION, false, false, F01",
                "LEADERSHIP_COLLECTIVE, false, false, F01"})
        void form_dependsOnKindPostAndWhereTheMemberWorks(SubjectKind kind, boolean post, boolean outside,
                                                         SelfReviewForm form) {
            assertThat(rule.requiredForm(kind, post, outside)).isEqualTo(form);
            assertThatNoException().isThrownBy(() -> rule.check(kind, post, outside, form));
        }

        @Test
        void aMemberWithoutAPostUsingTheLeadersForm2A_isRefused() {
            assertThat(refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, false, SelfReviewForm.F2A)).args())
                    .containsEntry("given", "2A").containsEntry("required", "2B");
        }

        @Test
        void the2023FormsAreRefused_in2025() {
            assertThat(refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, false, SelfReviewForm.F02A)).args())
                    .containsEntry("given", "02A").containsEntry("required", "2B");
        }

        @Test
        void aRetiredMemberUsing2B_isRefused_2CIsTheirs() {
            assertThat(refusal(() -> rule.check(SubjectKind.PARTY_MEMBER, false, true, SelfReviewForm.F2B)).args())
                    .containsEntry("required", "2C");
        }
    }

    @Test
    void formCodes_areReadAsPrinted() {
        assertThat(SelfReviewForm.of("2B")).isEqualTo(SelfReviewForm.F2B);
        assertThat(SelfReviewForm.of("2c")).isEqualTo(SelfReviewForm.F2C);
        assertThat(SelfReviewForm.of("02A")).isEqualTo(SelfReviewForm.F02A);
    }
}
