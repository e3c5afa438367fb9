package vn.reviewledger.query.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import vn.reviewledger.query.RowTable;

/** One event of one review as an auditor reads it: who, in which role, when, why, what. */
@Entity
@Table(name = "review_event_log")
@IdClass(ReviewEventEntity.Key.class)
class ReviewEventEntity {

    /** The same columns for the JDBC paths (the live batch and the rebuild); the key first. */
    static final RowTable<ReviewEventEntity> TABLE = RowTable.of("review_event_log", ReviewEventEntity::new, 2)
            .text("review_id", e -> e.reviewId, (e, v) -> e.reviewId = v)
            .bigint("sequence", e -> e.sequence, (e, v) -> e.sequence = v)
            .text("event_type", e -> e.type, (e, v) -> e.type = v)
            .instant("occurred_at", e -> e.occurredAt, (e, v) -> e.occurredAt = v)
            .text("actor", e -> e.actor, (e, v) -> e.actor = v)
            .text("actor_role", e -> e.role, (e, v) -> e.role = v)
            .text("actor_unit", e -> e.unit, (e, v) -> e.unit = v)
            .text("request_id", e -> e.requestId, (e, v) -> e.requestId = v)
            .text("reason", e -> e.reason, (e, v) -> e.reason = v)
            .text("payload", e -> e.payload, (e, v) -> e.payload = v)
            .date("business_date", e -> e.businessDate, (e, v) -> e.businessDate = v)
            .text("event_hash", e -> e.hash, (e, v) -> e.hash = v);

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
