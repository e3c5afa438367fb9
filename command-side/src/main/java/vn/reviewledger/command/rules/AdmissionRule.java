package vn.reviewledger.command.rules;

import java.time.LocalDate;

/**
 * Quy định 124-QĐ/TW, Art. 2 (3): a member admitted fewer than six months before the cycle opens is
 * not reviewed this year. The review is still opened and then recorded as exempted with that
 * reason, so the roll shows every member and why some were not reviewed.
 */
public final class AdmissionRule {

    private final int months;

    public AdmissionRule(int months) {
        this.months = months;
    }

    public boolean admittedTooRecently(LocalDate admittedOn, LocalDate cycleOpensOn) {
        return admittedOn != null && cycleOpensOn != null && admittedOn.isAfter(cycleOpensOn.minusMonths(months));
    }
}
