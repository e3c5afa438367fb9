package vn.reviewledger.query.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReviewEventRepository extends JpaRepository<ReviewEventEntity, ReviewEventEntity.Key>,
        JpaSpecificationExecutor<ReviewEventEntity> {

    /** Read-only: the rows are mapped to answers and dropped, so Hibernate keeps no snapshot of them. */
    @org.springframework.data.jpa.repository.QueryHints(
            @jakarta.persistence.QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true"))
    List<ReviewEventEntity> findByReviewIdOrderBySequence(String reviewId);
}
