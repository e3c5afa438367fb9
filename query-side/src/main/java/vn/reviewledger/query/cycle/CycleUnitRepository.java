package vn.reviewledger.query.cycle;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CycleUnitRepository extends JpaRepository<CycleUnitEntity, CycleUnitEntity.Key> {

    List<CycleUnitEntity> findByCycleIdOrderByPosition(String cycleId);

    @Query("select distinct u.cycleId from CycleUnitEntity u where u.unitId in :unitIds")
    List<String> cyclesWithUnits(Collection<String> unitIds);
}
