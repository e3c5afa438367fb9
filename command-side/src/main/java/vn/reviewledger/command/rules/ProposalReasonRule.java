package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/**
 * The advisory body verifies the vote and proposes a rating; a proposal that differs from the
 * meeting's vote must say why, so the deciding level and later an auditor can see the reasoning.
 */
public final class ProposalReasonRule {

    public void check(Rating voteOutcome, Rating proposed, String reason) {
        if (voteOutcome != null && proposed != voteOutcome && (reason == null || reason.isBlank())) {
            throw RuleViolation.conflict("PROPOSAL_REASON_REQUIRED", "proposed", proposed, "voted", voteOutcome);
        }
    }
}
