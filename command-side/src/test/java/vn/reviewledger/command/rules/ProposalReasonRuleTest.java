package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/** A proposal that differs from the meeting's vote must say why. */
class ProposalReasonRuleTest {

    private final ProposalReasonRule rule = new ProposalReasonRule();

    @Test
    void proposal_sameAsTheVote_needsNoReason() {
        assertThatNoException().isThrownBy(() -> rule.check(Rating.GOOD, Rating.GOOD, null));
    }

    @Test
    void proposal_differingFromTheVoteWithoutAReason_isRefusedNamingBoth() {
        RuleViolation v = refusal(() -> rule.check(Rating.GOOD, Rating.EXCELLENT, null));

        assertThat(v.rule()).isEqualTo("PROPOSAL_REASON_REQUIRED");
        assertThat(v.args()).containsEntry("proposed", Rating.EXCELLENT).containsEntry("voted", Rating.GOOD);
    }

    @Test
    void proposal_differingFromTheVoteWithABlankReason_isRefused() {
        assertThat(refusal(() -> rule.check(Rating.GOOD, Rating.COMPLETE, "   ")).rule())
                .isEqualTo("PROPOSAL_REASON_REQUIRED");
    }

    @Test
    void proposal_differingFromTheVoteWithAReason_isAccepted() {
        assertThatNoException().isThrownBy(
                () -> rule.check(Rating.GOOD, Rating.COMPLETE, "Chưa hoàn thành chỉ tiêu phát triển đảng viên"));
    }

    @Test
    void proposal_withoutAVoteOutcome_needsNoReason() {
        assertThatNoException().isThrownBy(() -> rule.check(null, Rating.GOOD, null));
    }
}
