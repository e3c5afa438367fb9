package vn.reviewledger.command.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewEvents.StageDeadlinesScheduled;

/**
 * When the deadlines of a stage fire: a reminder some working days before the due date (skipped
 * when the due date has already passed), the overdue notice when the due date has ended (midnight
 * in Vietnam), and an escalation to the committee office after a grace period in working days. A
 * time already past fires at once, so a plan date in the past is noticed within seconds.
 *
 * <p>Scheduling and cancelling run inside the review's unit of work through the persistent
 * deadline manager, so they commit with the events or not at all. Deadlines are cancelled by the
 * ids recorded when they were scheduled: cancelling "all within scope" would read every scheduled
 * deadline of the system on each step.
 */
public class DeadlinePlan {

    public static final String REMINDER = "stage-reminder";
    public static final String OVERDUE = "stage-overdue";
    public static final String ESCALATION = "stage-escalation";

    static final Duration CANCEL_MARGIN = Duration.ofMinutes(1);

    private final WorkingDayCalendar calendar;
    private final DeadlineProperties properties;
    private final Clock clock;

    public DeadlinePlan(WorkingDayCalendar calendar, DeadlineProperties properties, Clock clock) {
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    public String escalateTo() {
        return properties.escalateTo();
    }

    /**
     * Cancels the deadlines recorded as pending that are not yet due. One that is due now, or within
     * {@link #CANCEL_MARGIN}, may be executing at this very moment, and db-scheduler refuses to cancel
     * an executing task — which would fail the user's command. It is left to fire: its handler sees
     * the step is done and raises nothing.
     */
    public void cancel(DeadlineManager deadlines, Map<String, String> pending, Map<String, Instant> firesAt) {
        Instant soon = Instant.now(clock).plus(CANCEL_MARGIN);
        pending.forEach((name, id) -> {
            Instant at = firesAt.get(name);
            if (at == null || at.isAfter(soon)) {
                deadlines.cancelSchedule(name, id);
            }
        });
    }

    /**
     * Schedules the deadlines of {@code stage}; the answer is the event that records them, or null
     * when deadlines are switched off.
     */
    public StageDeadlinesScheduled schedule(DeadlineManager deadlines, String reviewId, Stage stage, LocalDate due) {
        if (!properties.enabled()) {
            return null;
        }
        StageDeadline payload = new StageDeadline(stage, due);
        Map<String, Instant> at = new LinkedHashMap<>();
        if (Instant.now(clock).isBefore(overdueAt(due))) {
            at.put(REMINDER, reminderAt(due));
        }
        at.put(OVERDUE, overdueAt(due));
        at.put(ESCALATION, escalationAt(due));
        Map<String, String> ids = new LinkedHashMap<>();
        at.forEach((name, when) -> ids.put(name, deadlines.schedule(when, name, message(payload, name))));
        return new StageDeadlinesScheduled(reviewId, stage, due, at, ids);
    }

    Instant reminderAt(LocalDate due) {
        LocalDate day = due;
        for (int counted = 0; counted < properties.reminderWorkingDays(); ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(properties.reminderTime()).atZone(properties.zone()).toInstant();
    }

    Instant overdueAt(LocalDate due) {
        return due.plusDays(1).atStartOfDay(properties.zone()).toInstant();
    }

    Instant escalationAt(LocalDate due) {
        return calendar.addWorkingDays(due, properties.escalationGraceWorkingDays()).plusDays(1)
                .atStartOfDay(properties.zone()).toInstant();
    }

    private static GenericMessage<StageDeadline> message(StageDeadline payload, String name) {
        return new GenericMessage<>(payload, systemMetadata(name));
    }

    /**
     * Events raised by a deadline are the system's doing, and say so in their metadata. The
     * deadline handler applies them with this metadata itself: a deadline's unit of work does not
     * pass through the command bus, whose interceptor would copy correlation data.
     */
    public static MetaData systemMetadata(String name) {
        String reason = switch (name) {
            case REMINDER -> "Nhắc hạn";
            case OVERDUE -> "Quá hạn";
            default -> "Chuyển văn phòng cấp ủy";
        };
        MetaData meta = MetaData.with(AuditKeys.ACTOR_ID, AuditKeys.SYSTEM_ACTOR)
                .and(AuditKeys.ACTOR_ROLE, AuditKeys.SYSTEM_ROLE)
                .and(AuditKeys.ACTOR_UNIT, "")
                .and(AuditKeys.REQUEST_ID, UUID.randomUUID().toString())
                .and(AuditKeys.CLIENT_TIME, "")
                .and(AuditKeys.REASON, reason);
        return meta;
    }
}
