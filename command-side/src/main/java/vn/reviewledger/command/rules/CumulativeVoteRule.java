package vn.reviewledger.command.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import vn.reviewledger.kernel.common.Rating;

/**
 * Hướng dẫn 25-HD/BTCTW, Part III (3): votes are counted cumulatively from the highest level
 * down; the first level whose running total is more than the majority share (default one half) of
 * the eligible official members is the outcome. Eligible 10, votes E4 G3 C2 N0: 4, then 7 > 5, so
 * GOOD. When no level gets there, the meeting votes again, and that inconclusive vote is recorded.
 */
public final class CumulativeVoteRule {

    private final BigDecimal majorityShare;

    public CumulativeVoteRule(BigDecimal majorityShare) {
        this.majorityShare = majorityShare;
    }

    /** The winning level, or empty when a re-vote is needed. Rejects impossible counts. */
    public Optional<Rating> outcome(int eligible, int present, Map<Rating, Integer> votes) {
        requireValid(eligible, present, votes);
        long running = 0;
        for (Rating level : Rating.values()) {
            running += votes.getOrDefault(level, 0);
            if (Shares.exceeds(running, eligible, majorityShare)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private static void requireValid(int eligible, int present, Map<Rating, Integer> votes) {
        MeetingCounts.requireValid(eligible, present, 0);
        if (votes == null || votes.isEmpty()) {
            throw RuleViolation.invalid("votes", "VOTES_REQUIRED");
        }
        long cast = 0;
        for (Map.Entry<Rating, Integer> e : votes.entrySet()) {
            Integer n = e.getValue();
            if (n == null || n < 0) {
                throw RuleViolation.invalid("votes." + e.getKey(), "COUNT_INVALID", "field", "votes." + e.getKey(), "value", n);
            }
            cast += n;
        }
        if (cast > present) {
            throw RuleViolation.invalid("votes", "VOTES_EXCEED_PRESENT", "cast", cast, "present", present);
        }
    }
}
