package vn.reviewledger.query.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A cycle as it was opened; its definition is kept as the JSON of its first event. */
@Entity
@Table(name = "cycle_view")
class CycleEntity {

    @Id
    @Column(name = "cycle_id", length = 64)
    String cycleId;
    @Column(name = "organization_id", length = 100, nullable = false)
    String organizationId;
    @Column(name = "review_year", nullable = false)
    int year;
    @Column(name = "definition", length = 1_000_000, nullable = false)
    String definition;
}
