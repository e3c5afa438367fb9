package vn.reviewledger.command.rules;

import java.math.BigDecimal;

/**
 * Quy định 124-QĐ/TW, Art. 4 (1): in each quota group ("similar roles, functions and tasks", set by
 * the deciding level) the number rated Excellent may not exceed the share (default 20%) of the
 * number rated Good, counting every decided review of the group. A change that leaves the group
 * over its limit and made it worse (more Excellent, or fewer Good) is refused; a change that does
 * not worsen it, such as lowering an Excellent, always passes.
 */
public final class ExcellentQuotaRule {

    public void check(String groupName, BigDecimal share, QuotaCount before, QuotaCount after) {
        long limit = Shares.atMost(after.good(), share);
        boolean over = after.excellent() > limit;
        boolean worse = after.excellent() > before.excellent() || after.good() < before.good();
        if (over && worse) {
            throw RuleViolation.conflict("EXCELLENT_QUOTA", "group", groupName, "excellent", after.excellent(),
                    "good", after.good(), "limit", limit, "share", share.stripTrailingZeros().toPlainString());
        }
    }
}
