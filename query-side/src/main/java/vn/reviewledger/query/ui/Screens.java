package vn.reviewledger.query.ui;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.cycle.CycleListQueries.CycleSummary;
import vn.reviewledger.kernel.cycle.CycleListQueries.FindCycles;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.cycle.CycleQueries.FindCycle;
import vn.reviewledger.query.web.ReadScope;

/** What several screens ask: the cycles, the one chosen, the unit a user starts from. */
@Component
public class Screens {

    private final QueryGateway queries;
    private final ReadScope scope;

    Screens(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /** The cycles the user may see something of. */
    public List<CycleSummary> cycles() {
        var visible = scope.cycleFilter();
        return queries.query(new FindCycles(), ResponseTypes.multipleInstancesOf(CycleSummary.class)).join()
                .stream().filter(c -> visible.test(c.cycleId())).toList();
    }

    Optional<CycleView> cycle(String cycleId) {
        if (cycleId == null || cycleId.isBlank()) {
            return Optional.empty();
        }
        return queries.query(new FindCycle(cycleId), ResponseTypes.optionalInstanceOf(CycleView.class)).join();
    }

    /** The chosen cycle, else the latest one. */
    public Optional<CycleSummary> chosen(List<CycleSummary> cycles, String cycleId) {
        return cycles.stream().filter(c -> c.cycleId().equals(cycleId)).findFirst()
                .or(() -> cycles.stream().findFirst());
    }
}
