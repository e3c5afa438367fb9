package vn.reviewledger.query.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.Stage;

/** A review's due dates as the read models store them: written, read back, and read again unchanged. */
class StageReachedTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void dueDatesReadBackAsWrittenAndEachReaderGetsItsOwnMap() {
        Map<Stage, LocalDate> plan = new EnumMap<>(Stage.class);
        plan.put(Stage.SELF_REVIEW_SUBMITTED, LocalDate.of(2025, 12, 5));
        plan.put(Stage.MEETING_HELD, LocalDate.of(2025, 12, 15));
        String text = StageReached.write(json, plan);

        Map<Stage, LocalDate> first = StageReached.read(json, text);
        assertThat(first).isEqualTo(plan);
        // A reader that changes its map (the projections fill in dates) changes nobody else's.
        first.put(Stage.VOTED, LocalDate.of(2025, 12, 20));
        first.remove(Stage.MEETING_HELD);
        assertThat(StageReached.read(json, text)).isEqualTo(plan);
        assertThat(StageReached.nextDue(Stage.OPINIONS_COLLECTED, StageReached.read(json, text)))
                .isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void noPlanIsAnEmptyMapTheReaderMayFill() {
        for (String none : new String[] {null, "", "{}"}) {
            Map<Stage, LocalDate> m = StageReached.read(json, none);
            assertThat(m).isEmpty();
            m.put(Stage.VOTED, LocalDate.of(2025, 12, 20));
            assertThat(StageReached.read(json, none)).isEmpty();
        }
    }
}
