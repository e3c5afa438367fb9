package vn.reviewledger.query.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.review.ReviewEvents.DeadlineExtended;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingReclassified;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.query.deadline.DeadlinePolicy;
import vn.reviewledger.query.deadline.StageReached;

/**
 * The progress of a cycle as it stood at an instant, folded from the event store in memory by the
 * same moves as {@link ProgressProjection}: nothing is ever updated in place, so any past dashboard
 * can be rebuilt. Deadline statuses are judged on that instant's day. An auditor's read: it scans
 * the store, so it is slower than the live dashboard.
 */
@Component
class ProgressHistory {

    /** The event store, not a storage engine: under the axonserver profile there is no local engine. */
    private final EventStore store;
    private final DeadlinePolicy deadlines;

    ProgressHistory(EventStore store, DeadlinePolicy deadlines) {
        this.store = store;
        this.deadlines = deadlines;
    }

    /** Every event stored so far, oldest first, without waiting for new ones. */
    private Stream<TrackedEventMessage<?>> everything() {
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null);
        Iterator<TrackedEventMessage<?>> iterator = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stream.hasNextAvailable();
            }

            @Override
            public TrackedEventMessage<?> next() {
                try {
                    return stream.nextAvailable();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                .onClose(stream::close);
    }

    /** Null when the cycle did not exist yet at {@code asOf}. */
    DashboardQueries.Inputs at(String cycleId, Instant asOf) {
        Map<String, ReviewState> reviews = new HashMap<>();
        List<QuotaGroupEntity> groups = new ArrayList<>();
        boolean[] opened = {false};
        try (Stream<TrackedEventMessage<?>> events = everything()) {
            events.filter(m -> !m.getTimestamp().isAfter(asOf))
                    .filter(m -> ReviewEvent.class.isAssignableFrom(m.getPayloadType())
                            || CycleOpened.class.equals(m.getPayloadType()))
                    .forEach(m -> {
                        Object payload = m.getPayload();
                        if (payload instanceof CycleOpened c && c.cycleId().equals(cycleId)) {
                            opened[0] = true;
                            groups.addAll(ProgressProjection.groupsOf(c));
                        } else if (payload instanceof ReviewOpened o && o.cycleId().equals(cycleId)) {
                            reviews.putIfAbsent(o.reviewId(), new ReviewState(o));
                        } else if (payload instanceof ReviewEvent e && !(payload instanceof ReviewOpened)) {
                            ReviewState s = reviews.get(e.reviewId());
                            if (s != null) {
                                s.apply(e);
                            }
                        }
                    });
        }
        if (!opened[0]) {
            return null;
        }
        DeadlinePolicy.Window window = deadlines.windowOn(LocalDate.ofInstant(asOf, deadlines.zone()));
        Map<UnitProgressEntity.Key, UnitProgressEntity> rows = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        Map<String, Long> dueSoon = new HashMap<>();
        for (ReviewState s : reviews.values()) {
            UnitProgressEntity.Key key = new UnitProgressEntity.Key(cycleId, s.unitId, s.groupId, s.stage.name(),
                    s.rating == null ? "" : s.rating.name());
            rows.computeIfAbsent(key, k -> {
                UnitProgressEntity row = new UnitProgressEntity();
                row.cycleId = k.cycleId();
                row.unitId = k.unitId();
                row.quotaGroupId = k.quotaGroupId();
                row.stage = k.stage();
                row.rating = k.rating();
                return row;
            }).reviews++;
            switch (window.status(s.stage, s.nextDue)) {
                case OVERDUE -> overdue.merge(s.unitId, 1L, Long::sum);
                case DUE_SOON -> dueSoon.merge(s.unitId, 1L, Long::sum);
                default -> {
                }
            }
        }
        return new DashboardQueries.Inputs(new ArrayList<>(rows.values()), overdue, dueSoon, groups, window.today());
    }

    /** One review as the fold knows it; the same moves as the projection's rows. */
    private static final class ReviewState {
        final String unitId;
        String groupId;
        Stage stage = Stage.OPENED;
        Rating rating;
        final Map<Stage, LocalDate> due;
        LocalDate nextDue;

        ReviewState(ReviewOpened o) {
            unitId = o.unitId();
            groupId = o.quotaGroupId() == null ? "" : o.quotaGroupId();
            due = new HashMap<>(o.dueDates() == null ? Map.of() : o.dueDates());
            nextDue = StageReached.nextDue(stage, due);
        }

        void apply(ReviewEvent e) {
            StageReached.of(e).ifPresent(s -> stage = s);
            if (e instanceof RatingDecided d) {
                rating = d.rating();
                groupId = Objects.requireNonNullElse(d.quotaGroupId(), groupId);
            } else if (e instanceof RatingReclassified c) {
                rating = c.rating();
                groupId = Objects.requireNonNullElse(c.quotaGroupId(), groupId);
            } else if (e instanceof DeadlineExtended x) {
                due.put(x.stage(), x.newDueDate());
            }
            nextDue = StageReached.nextDue(stage, due);
        }
    }
}
