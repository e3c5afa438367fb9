package vn.reviewledger.query.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;

class DeadlinePolicyTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static DeadlinePolicy at(String instant) {
        return new DeadlinePolicy(Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")), VIETNAM,
                WorkingDayCalendar.vietnam(), 3);
    }

    @Test
    void aStepDueWithinThreeWorkingDaysIsDueSoonAndLaterIsOnTrack() {
        // Monday 4 March 2024: the 3rd working day after is Thursday 7 March.
        DeadlinePolicy policy = at("2024-03-04T03:00:00Z");
        assertThat(policy.status(Stage.OPENED, LocalDate.of(2024, 3, 4))).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(policy.status(Stage.OPENED, LocalDate.of(2024, 3, 7))).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(policy.status(Stage.OPENED, LocalDate.of(2024, 3, 8))).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(policy.status(Stage.OPENED, LocalDate.of(2024, 3, 3))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void tetDoesNotCountAsWorkingDays() {
        // Wednesday 7 February 2024; Tết Giáp Thìn runs 8-14 February: the 3rd working day is 19 February.
        DeadlinePolicy policy = at("2024-02-07T03:00:00Z");
        assertThat(policy.window().dueSoonUntil()).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(policy.status(Stage.MEETING_HELD, LocalDate.of(2024, 2, 16))).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(policy.status(Stage.MEETING_HELD, LocalDate.of(2024, 2, 20))).isEqualTo(DeadlineStatus.ON_TRACK);
    }

    @Test
    void theDayEndsInVietnamNotWhereTheServerRuns() {
        // 18:00 UTC on 4 March is already 5 March in Hà Nội: a step due on 4 March is overdue there.
        DeadlinePolicy policy = at("2024-03-04T18:00:00Z");
        assertThat(policy.today()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(policy.status(Stage.OPENED, LocalDate.of(2024, 3, 4))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void theSameDueDateChangesStatusAsTimePassesWithoutAnyEvent() {
        LocalDate due = LocalDate.of(2024, 3, 15);
        assertThat(at("2024-03-01T03:00:00Z").status(Stage.OPENED, due)).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(at("2024-03-12T03:00:00Z").status(Stage.OPENED, due)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(at("2024-03-18T03:00:00Z").status(Stage.OPENED, due)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void aFinishedReviewOrOneWithoutAPlannedDateIsDone() {
        DeadlinePolicy policy = at("2024-03-04T03:00:00Z");
        assertThat(policy.status(Stage.ANNOUNCED, LocalDate.of(2024, 3, 1))).isEqualTo(DeadlineStatus.DONE);
        assertThat(policy.status(Stage.EXEMPTED, null)).isEqualTo(DeadlineStatus.DONE);
        assertThat(policy.status(Stage.OPENED, null)).isEqualTo(DeadlineStatus.DONE);
    }
}
