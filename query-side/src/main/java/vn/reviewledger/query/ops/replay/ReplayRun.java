package vn.reviewledger.query.ops.replay;

import java.time.Instant;

/** One rebuild of one processor's read model, updated by the rebuilding thread, read by status requests. */
final class ReplayRun {

    enum State { RUNNING, COMPLETED, FAILED }

    final String name;
    final Instant startedAt;
    private volatile long head;
    private volatile long position = -1;
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile String error;

    ReplayRun(String name, long head, Instant startedAt) {
        this.name = name;
        this.head = head;
        this.startedAt = startedAt;
    }

    boolean running() {
        return state == State.RUNNING;
    }

    void advancedTo(long position) {
        this.position = position;
    }

    void completed(Instant at) {
        head = Math.max(head, position);
        finishedAt = at;
        state = State.COMPLETED;
    }

    void failed(Throwable cause, Instant at) {
        error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        finishedAt = at;
        state = State.FAILED;
    }

    ProcessorStatus status() {
        return switch (state) {
            // Never 100 while running: the model the reads see is still the previous one.
            case RUNNING -> new ProcessorStatus(name, state.name(), true, position, head,
                    Math.min(99, percent(position, head)), "previous", startedAt, null, null);
            case COMPLETED -> new ProcessorStatus(name, state.name(), false, position, head, 100, "rebuilt", startedAt,
                    finishedAt, null);
            // A failed rebuild was rolled back as a whole: the previous model is the live one again.
            case FAILED -> new ProcessorStatus(name, state.name(), false, position, head, percent(position, head),
                    "live", startedAt, finishedAt, error);
        };
    }

    static int percent(long position, long head) {
        if (head <= 0) {
            return 100;
        }
        return (int) Math.max(0, Math.min(100, position * 100 / head));
    }
}
