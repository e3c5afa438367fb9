package vn.reviewledger.query.review;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReviewSummaryRepository extends JpaRepository<ReviewSummaryEntity, String>,
        JpaSpecificationExecutor<ReviewSummaryEntity> {

    List<ReviewSummaryEntity> findByCycleIdOrderByReviewId(String cycleId, Pageable page);

    List<ReviewSummaryEntity> findByCycleIdAndReviewIdGreaterThanOrderByReviewId(String cycleId, String after,
                                                                                  Pageable page);

    @org.springframework.data.jpa.repository.Query(
            "select r.reviewId from ReviewSummaryEntity r where r.cycleId = :cycleId order by r.reviewId")
    List<String> findReviewIdsByCycleId(String cycleId);
}
