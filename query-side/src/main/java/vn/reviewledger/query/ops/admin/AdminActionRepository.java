package vn.reviewledger.query.ops.admin;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: a record of what administrators did is never changed or removed. */
interface AdminActionRepository extends Repository<AdminActionEntity, Long> {

    AdminActionEntity save(AdminActionEntity action);

    List<AdminActionEntity> findAllByOrderByIdDesc(Pageable page);
}
