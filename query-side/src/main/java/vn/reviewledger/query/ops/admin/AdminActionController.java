package vn.reviewledger.query.ops.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/actions")
@Tag(name = "Administration", description = "Dead letters, replays and the record of what administrators did")
class AdminActionController {

    private final AdminActionLog log;

    AdminActionController(AdminActionLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(operationId = "listAdminActions",
            summary = "Administrative actions, newest first (who, role, reason, time, outcome)")
    List<AdminAction> list(@RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw AdminProblem.invalid("limit", "field.limit", Map.of("max", 1000));
        }
        return log.latest(limit);
    }
}
