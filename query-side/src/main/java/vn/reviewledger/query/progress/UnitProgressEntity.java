package vn.reviewledger.query.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * How many reviews of one unit (its own, not its subtree) are at one stage with one decided rating,
 * per quota group. A dashboard reads a cycle's few hundred rows instead of counting 50,000 reviews,
 * and rolls them up the unit tree. Empty strings stand for "no group" and "no rating yet", so the
 * key has no nulls.
 */
@Entity
@Table(name = "unit_progress")
@IdClass(UnitProgressEntity.Key.class)
class UnitProgressEntity {

    record Key(String cycleId, String unitId, String quotaGroupId, String stage, String rating) implements Serializable {
        Key() {
            this(null, null, null, null, null);
        }
    }

    @Id
    @Column(name = "cycle_id", length = 64)
    String cycleId;
    @Id
    @Column(name = "unit_id", length = 100)
    String unitId;
    @Id
    @Column(name = "quota_group_id", length = 100)
    String quotaGroupId;
    @Id
    @Column(name = "stage", length = 32)
    String stage;
    @Id
    @Column(name = "rating", length = 16)
    String rating;
    @Column(name = "reviews", nullable = false)
    long reviews;
}
