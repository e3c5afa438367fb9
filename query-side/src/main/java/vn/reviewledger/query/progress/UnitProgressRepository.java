package vn.reviewledger.query.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitProgressRepository extends JpaRepository<UnitProgressEntity, UnitProgressEntity.Key> {

    List<UnitProgressEntity> findByCycleId(String cycleId);
}
