package vn.reviewledger.query.ops.admin;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.reviewledger.query.access.Viewer;

/**
 * Records every administrative action with the signed-in user as actor. Its own transaction, so the
 * record is kept even when the action it describes failed (a retry that failed again is worth
 * knowing about).
 */
@Component
public class AdminActionLog {

    public static final String RETRY = "DEAD_LETTER_RETRY";
    public static final String EVICT = "DEAD_LETTER_EVICT";
    public static final String REPLAY = "REPLAY";

    private final AdminActionRepository repository;
    private final Clock clock;

    AdminActionLog(AdminActionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AdminAction record(String action, String processor, String target, String reason, String outcome) {
        Viewer viewer = Viewer.current();
        AdminActionEntity e = new AdminActionEntity();
        e.action = action;
        e.processor = processor;
        e.target = target;
        e.actor = viewer.username();
        e.role = viewer.role();
        e.reason = reason;
        e.outcome = outcome.length() > 2000 ? outcome.substring(0, 2000) : outcome;
        e.recordedAt = clock.instant();
        return view(repository.save(e));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AdminAction> latest(int limit) {
        return repository.findAllByOrderByIdDesc(PageRequest.of(0, limit)).stream().map(AdminActionLog::view).toList();
    }

    private static AdminAction view(AdminActionEntity e) {
        return new AdminAction(e.id, e.action, e.processor, e.target, e.actor, e.role, e.reason, e.outcome,
                e.recordedAt);
    }
}
