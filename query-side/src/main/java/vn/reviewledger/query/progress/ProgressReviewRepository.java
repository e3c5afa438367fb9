package vn.reviewledger.query.progress;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReviewRepository extends JpaRepository<ProgressReviewEntity, String> {

    /** Open reviews per unit whose next step is due in [from, to]; index (cycle_id, next_due_date, unit_id). */
    @Query("select p.unitId, count(p) from ProgressReviewEntity p where p.cycleId = :cycleId"
            + " and p.nextDueDate between :from and :to group by p.unitId")
    List<Object[]> countDueBetween(String cycleId, LocalDate from, LocalDate to);
}
