package vn.reviewledger.query.review;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The summary rows by id and for exports; the filtered list is plain SQL ({@link ReviewList}). */
interface ReviewSummaryRepository extends JpaRepository<ReviewSummaryEntity, String> {

    List<ReviewSummaryEntity> findByCycleIdOrderByReviewId(String cycleId, Pageable page);

    List<ReviewSummaryEntity> findByCycleIdAndReviewIdGreaterThanOrderByReviewId(String cycleId, String after,
                                                                                  Pageable page);

    @org.springframework.data.jpa.repository.Query(
            "select r.reviewId from ReviewSummaryEntity r where r.cycleId = :cycleId order by r.reviewId")
    List<String> findReviewIdsByCycleId(String cycleId);
}
