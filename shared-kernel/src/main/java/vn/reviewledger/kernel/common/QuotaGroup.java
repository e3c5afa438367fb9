package vn.reviewledger.kernel.common;

import java.math.BigDecimal;

/**
 * Subjects with "similar roles, functions and tasks" whose Excellent ratings share one quota
 * (Quy định 124-QĐ/TW, Art. 4 (1)). A null share falls back to the rule set's default.
 */
public record QuotaGroup(String id, String name, BigDecimal excellentShareOfGood) {
}
