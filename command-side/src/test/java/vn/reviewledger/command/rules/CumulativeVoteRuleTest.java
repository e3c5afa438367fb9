package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reviewledger.command.rules.Violations.refusal;
import static vn.reviewledger.kernel.common.Rating.COMPLETE;
import static vn.reviewledger.kernel.common.Rating.EXCELLENT;
import static vn.reviewledger.kernel.common.Rating.GOOD;
import static vn.reviewledger.kernel.common.Rating.NOT_COMPLETE;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/**
 * Votes are counted cumulatively from Excellent down; the first level whose running total is more
 * than half of the eligible official members wins (Hướng dẫn 25-HD/BTCTW, Part III (3)).
 */
class CumulativeVoteRuleTest {

    private final CumulativeVoteRule vote = new CumulativeVoteRule(new BigDecimal("0.5"));

    private static Map<Rating, Integer> votes(int excellent, int good, int complete, int notComplete) {
        Map<Rating, Integer> m = new EnumMap<>(Rating.class);
        m.put(EXCELLENT, excellent);
        m.put(GOOD, good);
        m.put(COMPLETE, complete);
        m.put(NOT_COMPLETE, notComplete);
        return m;
    }

    @Test
    void vote_designExample_eligibleTen_E4G3C2N0_isGoodBecauseFourThenSevenExceedsFive() {
        assertThat(vote.outcome(10, 9, votes(4, 3, 2, 0))).contains(GOOD);
    }

    @Test
    void vote_aMajorityAtTheTopLevelIsExcellent() {
        assertThat(vote.outcome(10, 10, votes(6, 2, 2, 0))).contains(EXCELLENT);
    }

    @Test
    void vote_aMajorityIsOnlyReachedLowDown_isNotComplete() {
        assertThat(vote.outcome(10, 10, votes(1, 1, 1, 7))).contains(NOT_COMPLETE);
    }

    @Test
    void vote_noLevelReachesMoreThanHalf_isEmptyMeaningARevote() {
        // Running totals 2, 4, 5, 5: never more than 5 of 10.
        assertThat(vote.outcome(10, 9, votes(2, 2, 1, 0))).isEmpty();
    }

    @Test
    void vote_exactlyHalfOfTheEligibleIsNoMajority() {
        assertThat(vote.outcome(10, 10, votes(5, 0, 0, 0))).isEmpty();
        assertThat(vote.outcome(10, 10, votes(6, 0, 0, 0))).contains(EXCELLENT);
    }

    @Test
    void vote_countsAgainstTheEligibleNotThePresent_fiveOfSixPresentIsNoMajorityOfTen() {
        assertThat(vote.outcome(10, 6, votes(0, 5, 0, 0))).isEmpty();
    }

    @Test
    void vote_withAnOddEligibleCount_moreThanHalfOfNineIsFive() {
        assertThat(vote.outcome(9, 9, votes(4, 0, 0, 0))).isEmpty();
        assertThat(vote.outcome(9, 9, votes(4, 1, 0, 0))).contains(GOOD);
        assertThat(vote.outcome(9, 9, votes(5, 0, 0, 0))).contains(EXCELLENT);
    }

    @Test
    void vote_levelsWithoutVotesMayBeLeftOut() {
        assertThat(vote.outcome(10, 9, Map.of(GOOD, 6))).contains(GOOD);
    }

    @Test
    void vote_refusesAnEmptyCount() {
        RuleViolation v = refusal(() -> vote.outcome(10, 9, Map.of()));
        assertThat(v.rule()).isEqualTo("VOTES_REQUIRED");
        assertThat(v.field()).isEqualTo("votes");
    }

    @Test
    void vote_refusesANegativeCountNamingTheLevel() {
        Map<Rating, Integer> m = new HashMap<>(votes(4, 3, 2, 0));
        m.put(GOOD, -1);

        RuleViolation v = refusal(() -> vote.outcome(10, 9, m));
        assertThat(v.rule()).isEqualTo("COUNT_INVALID");
        assertThat(v.field()).isEqualTo("votes.GOOD");
        assertThat(v.args()).containsEntry("value", -1);
    }

    @Test
    void vote_refusesMoreVotesThanMembersPresent() {
        RuleViolation v = refusal(() -> vote.outcome(10, 8, votes(4, 3, 2, 0)));
        assertThat(v.rule()).isEqualTo("VOTES_EXCEED_PRESENT");
        assertThat(v.args()).containsEntry("cast", 9L).containsEntry("present", 8);
    }

    @Test
    void vote_refusesMorePresentThanEligible() {
        assertThat(refusal(() -> vote.outcome(10, 11, votes(6, 0, 0, 0))).rule()).isEqualTo("PRESENT_EXCEEDS_ELIGIBLE");
    }
}
