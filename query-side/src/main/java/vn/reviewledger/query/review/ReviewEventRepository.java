package vn.reviewledger.query.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewEventRepository extends JpaRepository<ReviewEventEntity, ReviewEventEntity.Key> {

    List<ReviewEventEntity> findByReviewIdOrderBySequence(String reviewId);
}
