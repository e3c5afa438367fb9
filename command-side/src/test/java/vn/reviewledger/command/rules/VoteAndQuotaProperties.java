package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.reviewledger.kernel.common.Rating;

/** Properties of the vote count and the quota arithmetic, over many generated cases. */
class VoteAndQuotaProperties {

    private final CumulativeVoteRule vote = new CumulativeVoteRule(new BigDecimal("0.5"));
    private final ExcellentQuotaRule quota = new ExcellentQuotaRule();

    @Property
    void theOutcomeIsTheFirstLevelWhoseRunningTotalPassesHalfOfTheEligible(
            @ForAll @IntRange(min = 0, max = 30) int absent, @ForAll @IntRange(min = 0, max = 15) int e,
            @ForAll @IntRange(min = 0, max = 15) int g, @ForAll @IntRange(min = 0, max = 15) int c,
            @ForAll @IntRange(min = 0, max = 15) int n) {
        int cast = e + g + c + n;
        int eligible = Math.max(1, cast + absent);
        Map<Rating, Integer> votes = new EnumMap<>(Rating.class);
        votes.put(Rating.EXCELLENT, e);
        votes.put(Rating.GOOD, g);
        votes.put(Rating.COMPLETE, c);
        votes.put(Rating.NOT_COMPLETE, n);

        Optional<Rating> outcome = vote.outcome(eligible, cast, votes);

        int[] running = {e, e + g, e + g + c, e + g + c + n};
        Rating[] levels = Rating.values();
        Rating expected = null;
        for (int i = 0; i < 4; i++) {
            if (2 * running[i] > eligible) {
                expected = levels[i];
                break;
            }
        }
        assertThat(outcome.orElse(null)).isEqualTo(expected);
        // No majority at any level exactly when fewer than half of the eligible voted at all.
        assertThat(outcome.isEmpty()).isEqualTo(2 * cast <= eligible);
    }

    @Property
    void moreVotesThanMembersPresentAreAlwaysRefused(@ForAll @IntRange(min = 1, max = 50) int present,
                                                     @ForAll @IntRange(min = 1, max = 20) int extra) {
        Map<Rating, Integer> votes = Map.of(Rating.GOOD, present + extra);
        assertThatThrownBy(() -> vote.outcome(present + extra, present, votes))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("VOTES_EXCEED_PRESENT"));
    }

    @Property
    void aGroupWithinItsQuotaAcceptsExactlyUpToTwentyPercentOfGood(
            @ForAll @IntRange(min = 0, max = 500) int good, @ForAll @IntRange(min = 0, max = 120) int excellent) {
        QuotaCount before = new QuotaCount(excellent, good, 0, 0);
        QuotaCount after = before.move(null, Rating.EXCELLENT);
        boolean allowed = 5L * after.excellent() <= after.good();
        if (allowed) {
            assertThatCode(() -> quota.check("g", new BigDecimal("0.2"), before, after)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> quota.check("g", new BigDecimal("0.2"), before, after))
                    .isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.rule()).isEqualTo("EXCELLENT_QUOTA");
                        assertThat(v.args().get("limit")).isEqualTo((long) (good / 5));
                    });
        }
    }

    @Property
    void loweringARatingNeverBreaksTheQuota(@ForAll @IntRange(min = 1, max = 500) int good,
                                            @ForAll @IntRange(min = 1, max = 500) int excellent) {
        QuotaCount before = new QuotaCount(excellent, good, 3, 1);
        QuotaCount after = before.move(Rating.EXCELLENT, Rating.COMPLETE);
        assertThatCode(() -> quota.check("g", new BigDecimal("0.2"), before, after)).doesNotThrowAnyException();
    }

    @Property
    void movingARatingKeepsTheTotal(@ForAll Rating from, @ForAll Rating to,
                                    @ForAll @IntRange(min = 1, max = 100) int each) {
        QuotaCount before = new QuotaCount(each, each, each, each);
        QuotaCount after = before.move(from, to);
        assertThat(after.excellent() + after.good() + after.complete() + after.notComplete()).isEqualTo(4 * each);
    }
}
