package vn.reviewledger.command.rules;

import java.math.BigDecimal;

/**
 * The review meeting is valid only with more than the quorum share (default one half) of the
 * eligible official members present; probationary members are not counted (Điều lệ Đảng, Art. 10).
 */
public final class QuorumRule {

    private final BigDecimal share;

    public QuorumRule(BigDecimal share) {
        this.share = share;
    }

    public void check(int eligible, int present, int absentWithReason) {
        MeetingCounts.requireValid(eligible, present, absentWithReason);
        if (!Shares.exceeds(present, eligible, share)) {
            throw RuleViolation.conflict("QUORUM", "present", present, "eligible", eligible,
                    "required", Shares.smallestAbove(eligible, share));
        }
    }
}
