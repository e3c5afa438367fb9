package vn.reviewledger.query.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;

/**
 * Where a review stands against the due date of its next step, judged against the injected clock
 * at the moment of asking, so the answer is right even when no event has arrived for days.
 */
@Component
class DeadlinePolicy {

    private final Clock clock;
    private final int dueSoonDays;

    DeadlinePolicy(Clock clock, @Value("${reviewledger.query.due-soon-days:3}") int dueSoonDays) {
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    DeadlineStatus status(Stage stage, LocalDate nextDue) {
        if (stage.isFinished() || nextDue == null) {
            return DeadlineStatus.DONE;
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(nextDue)) {
            return DeadlineStatus.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, nextDue) <= dueSoonDays ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
    }
}
