package vn.reviewledger.query.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One unit of a cycle's organization tree, as the cycle was opened (units never change afterwards). */
@Entity
@Table(name = "cycle_unit")
@IdClass(CycleUnitEntity.Key.class)
class CycleUnitEntity {

    record Key(String cycleId, String unitId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "cycle_id", length = 64)
    String cycleId;
    @Id
    @Column(name = "unit_id", length = 100)
    String unitId;
    @Column(name = "parent_id", length = 100)
    String parentId;
    @Column(name = "name", length = 300, nullable = false)
    String name;
    /** Root = 1, as in the cycle plan's levels. */
    @Column(name = "unit_level", nullable = false)
    int level;
    /** Order in which the cycle listed its units, so screens show them as the office wrote them. */
    @Column(name = "position", nullable = false)
    int position;
}
