package vn.reviewledger.query.cycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.kernel.cycle.CycleListQueries.CycleSummary;
import vn.reviewledger.kernel.cycle.CycleListQueries.FindCycles;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.cycle.CycleQueries.FindCycle;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.ReadScope;

/**
 * The cycles a user may see, and one cycle as it was opened. Its tag is the dashboard's too
 * (progress.DashboardController), so the API document keeps a cycle and its progress together.
 */
@RestController
@RequestMapping("/api/cycles")
@Tag(name = "Reads: cycles and progress", description = "Cycles, dashboards per unit, the live stream of changes")
class CycleQueryController {

    private final QueryGateway queries;
    private final ReadScope scope;

    CycleQueryController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @GetMapping
    @Operation(summary = "Every cycle, latest year first")
    List<CycleSummary> cycles() {
        var visible = scope.cycleFilter();
        return queries.query(new FindCycles(), ResponseTypes.multipleInstancesOf(CycleSummary.class)).join()
                .stream().filter(c -> visible.test(c.cycleId())).toList();
    }

    @GetMapping("/{cycleId}")
    @Operation(operationId = "getCycle", summary = "A cycle as it was opened: units, plan, quota groups")
    CycleView cycle(@PathVariable String cycleId) {
        CycleView cycle = queries.query(new FindCycle(cycleId), ResponseTypes.optionalInstanceOf(CycleView.class))
                .join().orElseThrow(() -> new NotFound(cycleId));
        scope.requireCycle(cycleId);
        return cycle;
    }
}
