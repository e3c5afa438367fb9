package vn.reviewledger.kernel.common;

import java.math.BigDecimal;

/**
 * Subjects with "similar roles, functions and tasks" whose Excellent ratings share one quota
 * (Quy định 124-QĐ/TW Art. 4 (1); Quy định 366-QĐ/TW Art. 11 §1). A null share falls back to the rule
 * set's default. Under Regulation 366 a group may carry the exceptional share (25%) only with the
 * competent level's grounds in {@code exceptionReason}.
 */
public record QuotaGroup(String id, String name, BigDecimal excellentShareOfGood, String exceptionReason) {

    private static final String DEFAULT_PREFIX = "unit:";

    public QuotaGroup(String id, String name, BigDecimal excellentShareOfGood) {
        this(id, name, excellentShareOfGood, null);
    }

    /**
     * The group an individual belongs to when the opening names none: one per unit, at the rule
     * set's default share, so no rated individual escapes the quota.
     */
    public static String defaultIdFor(String unitId) {
        return DEFAULT_PREFIX + unitId;
    }

    public static boolean isDefaultId(String groupId) {
        return groupId != null && groupId.startsWith(DEFAULT_PREFIX);
    }

    /**
     * The group a review counts in: the one named, else for an individual its unit's default group;
     * a collective named in none counts in none. Also reads decisions stored before the default existed.
     */
    public static String idFor(String named, boolean collective, String unitId) {
        return named != null || collective ? named : defaultIdFor(unitId);
    }

    /** The unit whose default group this is; null for a group the cycle defined. */
    public static String unitOfDefault(String groupId) {
        return isDefaultId(groupId) ? groupId.substring(DEFAULT_PREFIX.length()) : null;
    }
}
