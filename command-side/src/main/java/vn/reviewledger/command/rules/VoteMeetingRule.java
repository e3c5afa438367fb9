package vn.reviewledger.command.rules;

/**
 * DESIGN.md stage 4: the vote is counted against the eligible and present official members the
 * meeting recorded, not numbers typed again — otherwise "more than half of the eligible" could be
 * met by typing a smaller eligible. A vote may leave the numbers out; if it gives them they must
 * be the meeting's.
 */
public final class VoteMeetingRule {

    public void check(Integer eligible, Integer present, int meetingEligible, int meetingPresent) {
        if ((eligible != null && eligible != meetingEligible) || (present != null && present != meetingPresent)) {
            throw RuleViolation.conflict("VOTE_MEETING_MISMATCH", "eligible", eligible == null ? "—" : eligible,
                    "present", present == null ? "—" : present, "meetingEligible", meetingEligible,
                    "meetingPresent", meetingPresent);
        }
    }
}
