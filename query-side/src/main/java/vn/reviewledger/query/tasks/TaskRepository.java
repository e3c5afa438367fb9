package vn.reviewledger.query.tasks;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<TaskEntity, String> {

    /** Most urgent first: earliest due date, undated steps last. Index (cycle_id, unit_id, due_date). */
    @Query("select t from TaskEntity t where t.cycleId = :cycleId and t.unitId in :unitIds and t.nextStage is not null"
            + " order by case when t.dueDate is null then 1 else 0 end, t.dueDate, t.subjectName, t.reviewId")
    List<TaskEntity> openIn(String cycleId, Collection<String> unitIds, Pageable page);

    /** Index (next_stage, due_date). */
    @Query("select t from TaskEntity t where t.nextStage is not null"
            + " order by case when t.dueDate is null then 1 else 0 end, t.dueDate, t.subjectName, t.reviewId")
    List<TaskEntity> allOpen(Pageable page);

    /** As {@link #openIn}, and the reviews with an open re-rating (no due date: they come last). */
    @Query("select t from TaskEntity t where t.cycleId = :cycleId and t.unitId in :unitIds"
            + " and (t.nextStage is not null or t.reratingRequested > 0)"
            + " order by case when t.dueDate is null then 1 else 0 end, t.dueDate, t.subjectName, t.reviewId")
    List<TaskEntity> openOrReratingIn(String cycleId, Collection<String> unitIds, Pageable page);

    /** As {@link #allOpen}, and the reviews with an open re-rating. */
    @Query("select t from TaskEntity t where t.nextStage is not null or t.reratingRequested > 0"
            + " order by case when t.dueDate is null then 1 else 0 end, t.dueDate, t.subjectName, t.reviewId")
    List<TaskEntity> allOpenOrRerating(Pageable page);
}
