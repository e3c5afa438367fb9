package vn.reviewledger.kernel.common;

/**
 * The body of rules a cycle is judged by. Pinned in the cycle's first event, so a 2023 review
 * keeps being judged by Regulation 124 after Regulation 366 takes over.
 */
public enum RuleSetId {
    /** Quy định 124-QĐ/TW (4-10-2023) with Hướng dẫn 25-HD/BTCTW: review years 2023 and 2024. */
    REG_124,
    /** Quy định 366-QĐ/TW (30-8-2025) with Hướng dẫn 43-HD/BTCTW: 100-point score, 2025 onward. */
    REG_366;

    /** The rule set in force for a review year. */
    public static RuleSetId forYear(int year) {
        return year >= 2025 ? REG_366 : REG_124;
    }

    public RuleParameters defaults() {
        return this == REG_366 ? RuleParameters.reg366Defaults() : RuleParameters.reg124Defaults();
    }
}
