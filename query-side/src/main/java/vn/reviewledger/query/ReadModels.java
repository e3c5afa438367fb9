package vn.reviewledger.query;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event processors of the read side. The per-review models — summary, history, tasks, progress
 * (with the unit counters) — are one processor: each event is fetched, deserialised and handled once
 * for all of them, in one transaction and one token update per batch, where four processors each
 * paid for all of that separately. The price is isolation: a handler that fails parks the review's
 * sequence for every model at once, and a replay rebuilds them together.
 */
public final class ReadModels {

    /** Summary, history, tasks and progress: everything that follows one review's events. */
    public static final String REVIEW_VIEW = "review-view";

    /** Unit-of-work resource set by a rebuild: its tables were emptied in the same transaction. */
    public static final String REBUILDING = ReadModels.class.getName() + ".rebuilding";

    private ReadModels() {
    }

    /**
     * True inside a rebuild, where every row is new: a handler may then insert without first looking
     * for the row it would otherwise have to skip (a redelivered event; a rebuild delivers each once).
     */
    public static boolean rebuilding() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(REBUILDING);
    }
}
