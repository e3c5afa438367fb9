package vn.reviewledger.kernel.common;

/** Why a subject is recorded as not reviewed (Quy định 124-QĐ/TW, Art. 2 (3)). */
public enum ExemptionReason {
    EXEMPTED_FROM_PARTY_WORK, SUSPENDED, ADMITTED_UNDER_6_MONTHS
}
