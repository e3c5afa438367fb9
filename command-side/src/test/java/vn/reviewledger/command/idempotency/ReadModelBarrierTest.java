package vn.reviewledger.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

/**
 * {@code ?wait=true} answers only once the read models hold the command's own events. The command
 * appended events 11 to 15 (head 10 before it, 15 after); a deadline notice committed meanwhile at 16.
 */
class ReadModelBarrierTest {

    @Test
    void aProcessorPastTheHeadWithTheCommandsEventsStillGapsHasNotHandledThem() {
        GapAwareTrackingToken passedThem = GapAwareTrackingToken.newInstance(16, Set.of(12L, 13L));
        assertThat(ReadModelBarrier.handled(passedThem, 10, 15)).isFalse();
    }

    @Test
    void gapsBeforeTheCommandAreSomeoneElsesAndDoNotHoldItBack() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(16, Set.of(4L, 9L, 10L));
        assertThat(ReadModelBarrier.handled(token, 10, 15)).isTrue();
    }

    @Test
    void aProcessorShortOfTheHeadHasNotHandledThem() {
        assertThat(ReadModelBarrier.handled(GapAwareTrackingToken.newInstance(14, Set.of()), 10, 15)).isFalse();
        assertThat(ReadModelBarrier.handled(null, 10, 15)).isFalse();
    }

    @Test
    void tokensWithoutGapsAndReplayingTokensAreReadByPositionAndTheirCurrentGaps() {
        assertThat(ReadModelBarrier.handled(new GlobalSequenceTrackingToken(15), 10, 15)).isTrue();
        GapAwareTrackingToken replaying = GapAwareTrackingToken.newInstance(16, Set.of(14L));
        assertThat(ReadModelBarrier.handled(
                ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(20, Set.of()), replaying), 10, 15))
                .isFalse();
    }
}
