package vn.reviewledger.command.deadline;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed configuration of stage deadlines ({@code reviewledger.deadlines.*}).
 *
 * @param enabled                    schedule deadlines at all (switched off only in tests that count events exactly)
 * @param reminderWorkingDays        a reminder is raised this many working days before a stage is due
 * @param escalationGraceWorkingDays an overdue stage is escalated to the committee office after this many more working days
 * @param zone                       the time zone in which a due date ends (Vietnam)
 * @param reminderTime               the time of day reminders are raised
 * @param escalateTo                 who receives escalations
 */
@ConfigurationProperties("reviewledger.deadlines")
public record DeadlineProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2") int reminderWorkingDays,
        @DefaultValue("2") int escalationGraceWorkingDays,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("08:00") LocalTime reminderTime,
        @DefaultValue("Văn phòng cấp ủy") String escalateTo) {
}
