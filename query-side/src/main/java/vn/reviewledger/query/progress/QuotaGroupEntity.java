package vn.reviewledger.query.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** A quota group as the cycle defined it, with the Excellent share resolved (group's own, else the rule set's). */
@Entity
@Table(name = "quota_group_view")
@IdClass(QuotaGroupEntity.Key.class)
class QuotaGroupEntity {

    record Key(String cycleId, String groupId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "cycle_id", length = 64)
    String cycleId;
    @Id
    @Column(name = "group_id", length = 100)
    String groupId;
    @Column(name = "name", length = 300, nullable = false)
    String name;
    @Column(name = "excellent_share", precision = 6, scale = 4, nullable = false)
    BigDecimal excellentShare;
    @Column(name = "position", nullable = false)
    int position;
}
