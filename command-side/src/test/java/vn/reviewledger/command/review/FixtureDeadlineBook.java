package vn.reviewledger.command.review;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import vn.reviewledger.command.deadline.DeadlineBook;
import vn.reviewledger.command.deadline.DeadlinePlan;

/**
 * The deadline book of Axon's aggregate fixture: deadlines go to the fixture's own stub deadline
 * manager, so that its time can fire them into the review and its expectations can see them. The
 * stub draws its own ids; this book remembers which stands for which of the review's.
 */
final class FixtureDeadlineBook implements DeadlineBook {

    private record Scheduled(String name, String stubId) {
    }

    private final FixtureConfiguration<?> fixture;
    private final Map<String, Scheduled> byId = new HashMap<>();

    FixtureDeadlineBook(FixtureConfiguration<?> fixture) {
        this.fixture = fixture;
    }

    @Override
    public void replace(List<String> cancelEach, List<String> cancelFirstOf, Entry schedule) {
        cancelEach.forEach(this::cancel);
        for (String id : cancelFirstOf) {
            if (cancel(id)) {
                break;
            }
        }
        if (schedule != null && !byId.containsKey(schedule.id())) {
            String name = schedule.notice().deadlineName();
            String stubId = stub().schedule(schedule.at(), name,
                    new GenericMessage<>(schedule.payload(), DeadlinePlan.systemMetadata(name)), schedule.scope());
            byId.put(schedule.id(), new Scheduled(name, stubId));
        }
    }

    private boolean cancel(String id) {
        Scheduled s = byId.remove(id);
        if (s != null) {
            stub().cancelSchedule(s.name(), s.stubId());
        }
        return s != null;
    }

    /** The fixture keeps its stub to itself; its deadlines are only reachable through it. */
    private DeadlineManager stub() {
        try {
            Field f = AggregateTestFixture.class.getDeclaredField("deadlineManager");
            f.setAccessible(true);
            return (DeadlineManager) f.get(fixture);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
