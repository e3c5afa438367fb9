package vn.reviewledger.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.cycle.CycleQueries.FindCycle;

@RestController
@RequestMapping("/api/cycles")
class CycleQueryController {

    private final QueryGateway queries;

    CycleQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{cycleId}")
    CycleView cycle(@PathVariable String cycleId) {
        return queries.query(new FindCycle(cycleId), ResponseTypes.optionalInstanceOf(CycleView.class)).join()
                .orElseThrow(() -> new NotFound(cycleId));
    }
}
