package vn.reviewledger.query.deadline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;

/**
 * The query side's deadline policy. It uses the working-day calendar of the process when there is
 * one (the command side's, in the single-process assembly, so both sides count the same days) and
 * otherwise builds its own from the same {@code reviewledger.calendar.*} settings. It registers no
 * calendar bean of its own: a second {@link WorkingDayCalendar} would make the command side's
 * injection points ambiguous.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfig {

    @Bean
    DeadlinePolicy deadlinePolicy(ObjectProvider<Clock> clock, ObjectProvider<WorkingDayCalendar> calendars,
                                  Environment environment,
                                  @Value("${reviewledger.query.due-soon-days:3}") int dueSoonDays,
                                  @Value("${reviewledger.deadlines.zone:Asia/Ho_Chi_Minh}") ZoneId zone)
            throws IOException {
        WorkingDayCalendar calendar = calendars.getIfUnique();
        if (calendar == null) {
            calendar = ownCalendar(environment);
        }
        return new DeadlinePolicy(clock.getIfAvailable(Clock::systemDefaultZone), zone, calendar, dueSoonDays);
    }

    private static WorkingDayCalendar ownCalendar(Environment environment) throws IOException {
        Binder binder = Binder.get(environment);
        List<String> extra = new ArrayList<>();
        Path file = binder.bind("reviewledger.calendar.file", Path.class).orElse(null);
        if (file != null) {
            extra.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        extra.addAll(binder.bind("reviewledger.calendar.lines", Bindable.listOf(String.class)).orElse(List.of()));
        return WorkingDayCalendar.vietnam(extra);
    }
}
