package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * In a quota group, Excellent may not exceed the share (20% by default) of Good (Quy định
 * 124-QĐ/TW, Art. 4 (1)). A change that leaves the group over its limit and made it worse is
 * refused; a change that does not make it worse always passes.
 */
class ExcellentQuotaRuleTest {

    private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.20");
    private final ExcellentQuotaRule rule = new ExcellentQuotaRule();

    private static QuotaCount count(int excellent, int good) {
        return new QuotaCount(excellent, good, 0, 0);
    }

    @Test
    void quota_tenGoodAllowTwoExcellent() {
        assertThatNoException().isThrownBy(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(1, 10), count(2, 10)));
    }

    @Test
    void quota_aThirdExcellentForTenGood_isRefusedNamingGroupCountsAndLimit() {
        RuleViolation v = refusal(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(2, 10), count(3, 10)));

        assertThat(v.rule()).isEqualTo("EXCELLENT_QUOTA");
        assertThat(v.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(v.args()).containsEntry("group", "Đảng viên").containsEntry("excellent", 3).containsEntry("good", 10)
                .containsEntry("limit", 2L).containsEntry("share", "0.2");
        assertThat(v.getMessage()).isEqualTo("Vượt tỷ lệ xuất sắc của nhóm «Đảng viên»: sẽ có 3 xuất sắc trên 10 hoàn "
                + "thành tốt, tối đa được 2 (tỷ lệ 0.2).");
    }

    @Test
    void quota_fourGoodAllowNoExcellent_twentyPercentOfFourIsBelowOne() {
        RuleViolation v = refusal(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(0, 4), count(1, 4)));

        assertThat(v.args()).containsEntry("limit", 0L).containsEntry("good", 4);
    }

    @Test
    void quota_fiveGoodAllowOne_theLimitIsExactNotRounded() {
        assertThatNoException().isThrownBy(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(0, 5), count(1, 5)));
        assertThat(refusal(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(0, 9), count(2, 9))).args())
                .containsEntry("limit", 1L);
    }

    @Test
    void quota_loweringAnExcellent_alwaysPasses_evenWhenTheGroupStaysOver() {
        // 3 Excellent for 4 Good is over; one Excellent lowered to Good leaves 2 for 5, still over, but better.
        assertThatNoException().isThrownBy(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(3, 4), count(2, 5)));
        assertThatNoException().isThrownBy(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(3, 4),
                new QuotaCount(2, 4, 1, 0)));
    }

    @Test
    void quota_fewerGood_thatTakesTheGroupOver_isRefused() {
        // 2 Excellent for 10 Good is at the limit; one Good lowered to Complete leaves 9 Good, limit 1.
        RuleViolation v = refusal(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(2, 10), new QuotaCount(2, 9, 1, 0)));

        assertThat(v.args()).containsEntry("excellent", 2).containsEntry("good", 9).containsEntry("limit", 1L);
    }

    @Test
    void quota_fewerGood_withinTheLimit_passes() {
        assertThatNoException().isThrownBy(() -> rule.check("Đảng viên", TWENTY_PERCENT, count(1, 10),
                new QuotaCount(1, 9, 1, 0)));
    }

    @Test
    void quota_theShareIsAParameter_halfOfFourGoodAllowsTwo() {
        BigDecimal half = new BigDecimal("0.5");
        assertThatNoException().isThrownBy(() -> rule.check("Cán bộ lãnh đạo", half, count(1, 4), count(2, 4)));

        RuleViolation v = refusal(() -> rule.check("Cán bộ lãnh đạo", half, count(2, 4), count(3, 4)));
        assertThat(v.args()).containsEntry("limit", 2L).containsEntry("share", "0.5");
    }

    @Test
    void quota_aShareOfZero_allowsNoExcellentAtAll() {
        RuleViolation v = refusal(() -> rule.check("Không xuất sắc", BigDecimal.ZERO, count(0, 100), count(1, 100)));

        assertThat(v.args()).containsEntry("limit", 0L).containsEntry("share", "0");
    }
}
