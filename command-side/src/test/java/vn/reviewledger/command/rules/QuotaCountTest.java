package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Rating;

/** A quota group's decided ratings, moved one review at a time: a first decision, or a change of rating. */
class QuotaCountTest {

    @Test
    void count_aFirstDecisionAddsOneAtItsRating() {
        assertThat(QuotaCount.EMPTY.move(null, Rating.GOOD)).isEqualTo(new QuotaCount(0, 1, 0, 0));
        assertThat(QuotaCount.EMPTY.move(null, Rating.EXCELLENT)).isEqualTo(new QuotaCount(1, 0, 0, 0));
        assertThat(QuotaCount.EMPTY.move(null, Rating.COMPLETE)).isEqualTo(new QuotaCount(0, 0, 1, 0));
        assertThat(QuotaCount.EMPTY.move(null, Rating.NOT_COMPLETE)).isEqualTo(new QuotaCount(0, 0, 0, 1));
    }

    @Test
    void count_aReclassificationMovesOneReviewFromItsOldRatingToItsNew() {
        QuotaCount before = new QuotaCount(2, 10, 3, 1);

        assertThat(before.move(Rating.GOOD, Rating.EXCELLENT)).isEqualTo(new QuotaCount(3, 9, 3, 1));
        assertThat(before.move(Rating.EXCELLENT, Rating.NOT_COMPLETE)).isEqualTo(new QuotaCount(1, 10, 3, 2));
    }

    @Test
    void count_isAValue_movingLeavesTheOriginalUnchanged() {
        QuotaCount before = new QuotaCount(2, 10, 0, 0);
        before.move(null, Rating.EXCELLENT);

        assertThat(before).isEqualTo(new QuotaCount(2, 10, 0, 0));
    }

    @Test
    void count_movesAddUp_overAWholeDecision() {
        QuotaCount count = QuotaCount.EMPTY;
        for (int i = 0; i < 10; i++) {
            count = count.move(null, Rating.GOOD);
        }
        count = count.move(null, Rating.EXCELLENT).move(null, Rating.EXCELLENT).move(Rating.GOOD, Rating.COMPLETE);

        assertThat(count).isEqualTo(new QuotaCount(2, 9, 1, 0));
    }
}
