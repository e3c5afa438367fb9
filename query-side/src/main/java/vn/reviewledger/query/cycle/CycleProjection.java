package vn.reviewledger.query.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.cycle.CycleQueries.FindCycle;

@Component
@ProcessingGroup(CycleProjection.GROUP)
class CycleProjection {

    static final String GROUP = "cycles";

    private final CycleRepository repository;
    private final ObjectMapper json;

    CycleProjection(CycleRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @EventHandler
    void on(CycleOpened e) throws JsonProcessingException {
        CycleEntity c = new CycleEntity();
        c.cycleId = e.cycleId();
        c.organizationId = e.organizationId();
        c.year = e.year();
        c.definition = json.writeValueAsString(new CycleView(e.cycleId(), e.organizationId(), e.organizationName(),
                e.year(), e.ruleSet(), e.units(), e.plan(), e.levelPlans(), e.quotaGroups(), e.opensOn()));
        repository.save(c);
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    @QueryHandler
    Optional<CycleView> handle(FindCycle query) {
        return repository.findById(query.cycleId()).map(c -> {
            try {
                return json.readValue(c.definition, CycleView.class);
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        });
    }
}
