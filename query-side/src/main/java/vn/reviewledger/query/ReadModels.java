package vn.reviewledger.query;

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

    private ReadModels() {
    }
}
