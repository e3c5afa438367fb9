package vn.reviewledger.query.review;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.query.cycle.UnitTree;

/**
 * A cycle's unit tree from its first event in the store, for the unit path of a review whose opening
 * did not record it (events stored before it did) while the cycles read model does not know the cycle
 * yet, e.g. during a replay of everything. A cycle's units never change, so each tree is kept.
 */
@Component
class CycleTrees {

    private final EventStore store;
    private final Map<String, UnitTree> cache = new ConcurrentHashMap<>();

    CycleTrees(EventStore store) {
        this.store = store;
    }

    /** Null when the store holds no opening of this cycle. */
    UnitTree tree(String cycleId) {
        UnitTree cached = cache.get(cycleId);
        if (cached != null) {
            return cached;
        }
        // From sequence 0: a snapshot would be the aggregate, not its first event.
        DomainEventStream events = store.readEvents(cycleId, 0);
        if (!events.hasNext()) {
            return null;
        }
        DomainEventMessage<?> first = events.next();
        if (!(first.getPayload() instanceof CycleOpened opened) || opened.units() == null) {
            return null;
        }
        UnitTree tree = UnitTree.of(cycleId, opened.units());
        cache.put(cycleId, tree);
        return tree;
    }
}
