package vn.reviewledger.command.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.mockito.Mockito;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.deadline.DeadlinePlan;
import vn.reviewledger.command.deadline.DeadlineProperties;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;

/**
 * Axon's fixture for a review, with what its handlers take besides the command: the deadline plan,
 * its deadlines (kept by the fixture's own stub deadline manager) and the working-day calendar, and the two
 * handlers outside the aggregate, decisions and discipline, with the cycle they report to. The
 * cycle is {@code ReviewCycleTest}'s business: here it is a Mockito mock that accepts by default and
 * lets a test verify what the review asked of it.
 */
final class ReviewFixtures {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();
    static final String ESCALATE_TO = "Văn phòng cấp ủy";

    private ReviewFixtures() {
    }

    /** The shipped defaults: remind 2 working days ahead at 08:00, escalate 2 working days late. */
    static DeadlineProperties deadlines(boolean enabled) {
        return new DeadlineProperties(enabled, 2, 2, VIETNAM, LocalTime.of(8, 0), ESCALATE_TO);
    }

    /**
     * Deadlines switched off, so that a step's expected events are the step alone; the deadlines
     * have their own specification ({@code ReviewDeadlineTest}).
     */
    static FixtureConfiguration<Review> withoutDeadlines(CycleDirectory cycles) {
        Clock unused = Clock.fixed(Instant.parse("2024-11-01T02:00:00Z"), VIETNAM);
        return fixture(new DeadlinePlan(CALENDAR, deadlines(false)), unused, cycles);
    }

    /** Resources first: Axon refuses them once a command handler is registered. */
    static FixtureConfiguration<Review> fixture(DeadlinePlan plan, Clock clock, CycleDirectory cycles) {
        FixtureConfiguration<Review> fixture = new AggregateTestFixture<>(Review.class);
        fixture.registerInjectableResource(plan);
        fixture.registerInjectableResource(new ReviewDeadlines(plan, new FixtureDeadlineBook(fixture), clock));
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(cycles);
        fixture.registerAnnotatedCommandHandler(new RatingDecisions(fixture.getRepository(), cycles));
        fixture.registerAnnotatedCommandHandler(new DisciplineRecording(fixture.getRepository(), cycles,
                Mockito.mock(EventStore.class)));
        fixture.registerAnnotatedCommandHandler(new ReviewExemption(fixture.getRepository(), cycles));
        return fixture;
    }
}
