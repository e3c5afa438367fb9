package vn.reviewledger.command.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.AuditKeys;

/**
 * When the deadlines of a stage fire: a reminder some working days before the due date (skipped
 * when the due date has already passed), the overdue notice when the due date has ended (midnight
 * in Vietnam), and an escalation to the committee office after a grace period in working days. A
 * time already past fires at once, so a plan date in the past is noticed within seconds.
 *
 * <p>{@link ReviewDeadlines} keeps one of them pending at a time, the next that will fire.
 */
public class DeadlinePlan {

    // Constants for the handlers' annotations; Notice names the same deadlines.
    public static final String REMINDER = "stage-reminder";
    public static final String OVERDUE = "stage-overdue";
    public static final String ESCALATION = "stage-escalation";

    static final Duration CANCEL_MARGIN = Duration.ofMinutes(1);

    private final WorkingDayCalendar calendar;
    private final DeadlineProperties properties;

    public DeadlinePlan(WorkingDayCalendar calendar, DeadlineProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public String escalateTo() {
        return properties.escalateTo();
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** When {@code notice} fires for a step due on {@code due}. */
    public Instant at(Notice notice, LocalDate due) {
        return switch (notice) {
            case REMINDER -> reminderAt(due);
            case OVERDUE -> overdueAt(due);
            case ESCALATION -> escalationAt(due);
        };
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
