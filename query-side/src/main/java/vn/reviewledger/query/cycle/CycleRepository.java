package vn.reviewledger.query.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<CycleEntity, String> {
}
