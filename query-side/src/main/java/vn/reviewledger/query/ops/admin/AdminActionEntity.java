package vn.reviewledger.query.ops.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One administrative action on the processors (a dead letter retried or evicted, a replay started):
 * who, in which role, why, when, and how it ended. Append-only: Hibernate never updates it, the
 * repository offers no delete, and on PostgreSQL a trigger refuses both (V50).
 */
@Entity
@Immutable
@Table(name = "admin_action")
class AdminActionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;
    @Column(name = "action", length = 32, nullable = false)
    String action;
    @Column(name = "processor", length = 255, nullable = false)
    String processor;
    @Column(name = "target", length = 255)
    String target;
    @Column(name = "actor", length = 200, nullable = false)
    String actor;
    @Column(name = "actor_role", length = 100, nullable = false)
    String role;
    @Column(name = "reason", length = 2000)
    String reason;
    @Column(name = "outcome", length = 2000, nullable = false)
    String outcome;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
