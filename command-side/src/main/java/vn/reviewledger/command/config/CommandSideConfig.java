package vn.reviewledger.command.config;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reviewledger.command.deadline.DeadlineBook;
import vn.reviewledger.command.deadline.DeadlinePlan;
import vn.reviewledger.command.deadline.DeadlineProperties;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.command.deadline.SchedulerDeadlineBook;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.AuditKeys;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CommandProperties.class, CalendarProperties.class, DeadlineProperties.class})
public class CommandSideConfig {

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) throws IOException {
        List<String> extra = new ArrayList<>();
        if (properties.file() != null) {
            extra.addAll(Files.readAllLines(properties.file(), StandardCharsets.UTF_8));
        }
        extra.addAll(properties.lines());
        return WorkingDayCalendar.vietnam(extra);
    }

    @Bean
    DeadlinePlan deadlinePlan(WorkingDayCalendar calendar, DeadlineProperties properties) {
        return new DeadlinePlan(calendar, properties);
    }

    /** Deadlines in db-scheduler's table, fired by Axon's deadline manager (the same task). */
    @Bean
    DeadlineBook deadlineBook(SchedulerClient scheduler, Serializer serializer, DataSource dataSource,
                              DbSchedulerProperties properties, DbSchedulerCustomizer customizer) {
        return SchedulerDeadlineBook.onStarterScheduler(scheduler, serializer, dataSource, properties, customizer);
    }

    @Bean
    ReviewDeadlines reviewDeadlines(DeadlinePlan plan, DeadlineBook book, Clock clock) {
        return new ReviewDeadlines(plan, book, clock);
    }

    @Bean
    SnapshotTriggerDefinition reviewSnapshotTrigger(Snapshotter snapshotter, CommandProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    @Bean
    SnapshotTriggerDefinition cycleSnapshotTrigger(Snapshotter snapshotter, CommandProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.cycleSnapshotThreshold());
    }

    /**
     * Keeps loaded cycles in memory while anything references them (see ReviewCycle): the
     * benchmark (bench module) measured opening p50 200 ms without it, 24 ms with it.
     */
    @Bean
    Cache cycleCache() {
        return new WeakReferenceCache();
    }

    /**
     * Loaded reviews, kept while they are worked on and checked against the store on every use
     * ({@link CheckedAggregateCache}); {@code review-cache-size: 0} turns it off.
     */
    @Bean
    Cache reviewCache(EventStore store, CommandProperties properties) {
        return properties.reviewCacheSize() > 0 ? new CheckedAggregateCache(store, properties.reviewCacheSize())
                : NoCache.INSTANCE;
    }

    /** Copies the actor, role, unit, request id, client time and reason of a command onto its events. */
    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditKeys.ALL);
    }

    /** Declared beside ours: Axon's default origin provider backs off once any provider bean exists. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
