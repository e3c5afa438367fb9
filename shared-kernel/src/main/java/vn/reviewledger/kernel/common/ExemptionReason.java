package vn.reviewledger.kernel.common;

/**
 * Why a subject is recorded as not reviewed: for a party member, Quy định 124-QĐ/TW Art. 2 (3) and
 * Quy định 366-QĐ/TW Art. 5 §2.1 (exempted from party work, suspended, admitted under six months);
 * for a collective, established under six months before the review (Guid. 21/2019, kept by the
 * guidances since — a collective with no year behind it has nothing to be rated on).
 */
public enum ExemptionReason {
    EXEMPTED_FROM_PARTY_WORK(false),
    SUSPENDED(false),
    ADMITTED_UNDER_6_MONTHS(false),
    ESTABLISHED_UNDER_6_MONTHS(true);

    private final boolean forCollective;

    ExemptionReason(boolean forCollective) {
        this.forCollective = forCollective;
    }

    /** True when the reason applies to a collective, false when to an individual. */
    public boolean forCollective() {
        return forCollective;
    }
}
