package vn.reviewledger.query.ops.replay;

import java.time.Instant;

/**
 * Where a processor stands, as {@code GET /api/admin/processors/{name}/status} reports it.
 *
 * @param state     {@code IDLE} (never replayed here), {@code RUNNING}, {@code COMPLETED} or {@code FAILED}
 * @param replaying whether a rebuild is running now (ours, or Axon's own replay after a token reset)
 * @param position  global index of the last event applied (by the rebuild while it runs, else the
 *                  lowest position of the processor's segments); -1 before the first
 * @param head      global index of the newest event (while a rebuild runs: when it started)
 * @param percent   {@code position} as a share of {@code head}, 100 once caught up
 * @param serving   which model the reads see: {@code live} (the processor's tables), {@code previous}
 *                  (a rebuild is running; reads still see the whole model from before it) or
 *                  {@code rebuilt} (the last rebuild has been switched in)
 */
public record ProcessorStatus(String name, String state, boolean replaying, long position, long head, int percent,
                              String serving, Instant startedAt, Instant finishedAt, String error) {
}
