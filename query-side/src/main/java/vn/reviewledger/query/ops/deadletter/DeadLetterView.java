package vn.reviewledger.query.ops.deadletter;

import java.time.Instant;

/**
 * One dead-lettered sequence of a processing group: the events of one aggregate (a review, or a
 * cycle) parked after a handler failed on the first of them. {@code reviewId} is the aggregate the
 * sequence belongs to; {@code eventType} and {@code error} describe the first (failing) event.
 */
public record DeadLetterView(String group, String sequence, String reviewId, String eventType, String error,
                             Instant firstSeen, Instant lastTouched, long count) {
}
