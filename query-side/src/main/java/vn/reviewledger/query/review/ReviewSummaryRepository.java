package vn.reviewledger.query.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSummaryRepository extends JpaRepository<ReviewSummaryEntity, String> {
}
