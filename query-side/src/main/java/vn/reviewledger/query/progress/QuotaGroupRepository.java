package vn.reviewledger.query.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuotaGroupRepository extends JpaRepository<QuotaGroupEntity, QuotaGroupEntity.Key> {

    List<QuotaGroupEntity> findByCycleIdOrderByPosition(String cycleId);
}
