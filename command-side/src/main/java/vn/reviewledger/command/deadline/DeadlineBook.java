package vn.reviewledger.command.deadline;

import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.ScopeDescriptor;

/**
 * Where deadlines are written down. Ids are chosen by the caller, so a review can find its one
 * pending deadline again from its own state, without recording a random id in an event.
 */
public interface DeadlineBook {

    /** One deadline to write; the id names it for a later cancel. */
    record Entry(String id, Instant at, Notice notice, StageDeadline payload, ScopeDescriptor scope) {
    }

    /**
     * In the current unit of work, before it commits: removes every deadline of {@code cancelEach}
     * and the first of {@code cancelFirstOf} that exists (later ones are tried only when an earlier
     * one is not there), then writes {@code schedule} when not null. A deadline firing at this very
     * moment is left to fire; its handler finds nothing owed.
     */
    void replace(List<String> cancelEach, List<String> cancelFirstOf, Entry schedule);
}
