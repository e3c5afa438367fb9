package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Quy định 124-QĐ/TW Art. 4 (1): a group's Excellent share is at most 20% of Good. Quy định 366-QĐ/TW
 * Art. 11 §1.5: exceptionally up to 25%, with the competent level's reason.
 */
class QuotaShareRuleTest {

    private final QuotaShareRule reg124 = new QuotaShareRule(new BigDecimal("0.2"), null);
    private final QuotaShareRule reg366 = new QuotaShareRule(new BigDecimal("0.2"), new BigDecimal("0.25"));

    @Test
    void upToTwentyPercent_isAcceptedUnderBoth() {
        assertThatNoException().isThrownBy(() -> reg124.check("g", new BigDecimal("0.2"), null));
        assertThatNoException().isThrownBy(() -> reg366.check("g", new BigDecimal("0.15"), null));
        assertThatNoException().isThrownBy(() -> reg366.check("g", null, null));
    }

    @Test
    void underRegulation124_moreIsRefusedWhateverTheReason() {
        RuleViolation v = refusal(() -> reg124.check("g", new BigDecimal("0.21"), "Đơn vị tiêu biểu"));
        assertThat(v.rule()).isEqualTo("QUOTA_SHARE_LIMIT");
        assertThat(v.args()).containsEntry("limit", "0.2").containsEntry("share", "0.21");
    }

    @Test
    void underRegulation366_twentyFivePercentNeedsTheReason() {
        assertThatNoException().isThrownBy(() -> reg366.check("g", new BigDecimal("0.25"), "Dẫn đầu phong trào thi đua"));
        assertThat(refusal(() -> reg366.check("g", new BigDecimal("0.25"), null)).rule())
                .isEqualTo("QUOTA_EXCEPTION_REASON");
        assertThat(refusal(() -> reg366.check("g", new BigDecimal("0.26"), "Lý do")).args()).containsEntry("limit", "0.25");
    }

    @Test
    void aNegativeShare_isBadInput() {
        RuleViolation v = refusal(() -> reg366.check("g", new BigDecimal("-0.1"), null));
        assertThat(v.rule()).isEqualTo("QUOTA_SHARE");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.INVALID);
    }
}
