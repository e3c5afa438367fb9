package vn.reviewledger.query.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReviewEventRepository extends JpaRepository<ReviewEventEntity, ReviewEventEntity.Key>,
        JpaSpecificationExecutor<ReviewEventEntity> {
}
