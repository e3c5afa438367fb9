package vn.reviewledger.command.rules;

import java.math.BigDecimal;

/**
 * Quy định 124-QĐ/TW Art. 4 (1): Excellent at most 20% of Good per group. Quy định 366-QĐ/TW Art. 11
 * §1.5: the same, "trường hợp đặc biệt" up to 25% for a unit with outstanding results, decided by the
 * competent level — so a share above the ceiling needs the group marked exceptional with its reason,
 * under a rule set that has an exceptional share; more than that is refused.
 */
public final class QuotaShareRule {

    private final BigDecimal ceiling;
    private final BigDecimal exceptionalCeiling;

    public QuotaShareRule(BigDecimal ceiling, BigDecimal exceptionalCeiling) {
        this.ceiling = ceiling;
        this.exceptionalCeiling = exceptionalCeiling;
    }

    public void check(String groupId, BigDecimal share, String exceptionReason) {
        if (share == null) {
            return;
        }
        if (share.signum() < 0) {
            throw RuleViolation.invalid("quotaGroups", "QUOTA_SHARE", "quotaGroupId", groupId, "share", share);
        }
        if (share.compareTo(ceiling) <= 0) {
            return;
        }
        if (exceptionalCeiling == null) {
            throw RuleViolation.conflict("QUOTA_SHARE_LIMIT", "quotaGroupId", groupId, "share", plain(share),
                    "limit", plain(ceiling));
        }
        if (share.compareTo(exceptionalCeiling) > 0) {
            throw RuleViolation.conflict("QUOTA_SHARE_LIMIT", "quotaGroupId", groupId, "share", plain(share),
                    "limit", plain(exceptionalCeiling));
        }
        if (exceptionReason == null || exceptionReason.isBlank()) {
            throw RuleViolation.conflict("QUOTA_EXCEPTION_REASON", "quotaGroupId", groupId, "share", plain(share),
                    "limit", plain(ceiling));
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
