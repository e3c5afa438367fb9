package vn.reviewledger.command.rules;

import java.time.LocalDate;

/**
 * Hướng dẫn 25-HD/BTCTW Part III; Quy định 366-QĐ/TW Art. 12 step 1: the meeting reviews the
 * self-review, so it cannot be held before the self-review was submitted (for a collective, before
 * its draft report went out).
 */
public final class MeetingDateRule {

    public void check(LocalDate heldOn, LocalDate selfReviewSubmittedOn) {
        if (selfReviewSubmittedOn != null && heldOn.isBefore(selfReviewSubmittedOn)) {
            throw RuleViolation.conflict("MEETING_BEFORE_SELF_REVIEW", "heldOn", heldOn, "submittedOn",
                    selfReviewSubmittedOn);
        }
    }
}
