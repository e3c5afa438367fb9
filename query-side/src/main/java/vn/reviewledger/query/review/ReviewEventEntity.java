package vn.reviewledger.query.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One event of one review as an auditor reads it: who, in which role, when, why, what. */
@Entity
@Table(name = "review_event_log")
@IdClass(ReviewEventEntity.Key.class)
class ReviewEventEntity {

    record Key(String reviewId, long sequence) implements Serializable {
        Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "review_id", length = 64)
    String reviewId;
    @Id
    @Column(name = "sequence")
    long sequence;
    @Column(name = "event_type", length = 100, nullable = false)
    String type;
    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(name = "actor", length = 200)
    String actor;
    @Column(name = "actor_role", length = 100)
    String role;
    @Column(name = "actor_unit", length = 1000)
    String unit;
    @Column(name = "request_id", length = 100)
    String requestId;
    @Column(name = "reason", length = 20000)
    String reason;
    @Column(name = "payload", length = 100000, nullable = false)
    String payload;
    /** The day the fact happened, as the request gave it; null for events that name none. */
    @Column(name = "business_date")
    java.time.LocalDate businessDate;
    /** The event's link in its review's hash chain, copied from the stored metadata. */
    @Column(name = "event_hash", length = 64)
    String hash;
}
