package vn.reviewledger.query.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.cycle.CycleListQueries.CycleSummary;
import vn.reviewledger.kernel.cycle.CycleListQueries.FindCycles;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.cycle.CycleQueries.FindCycle;

@Component
@ProcessingGroup(CycleProjection.GROUP)
class CycleProjection {

    static final String GROUP = "cycles";

    private final CycleRepository repository;
    private final CycleUnitRepository units;
    private final UnitDirectory directory;
    private final ObjectMapper json;
    /**
     * New rows are persisted, not merged: a merge looks each row up first, and with a province's
     * 2,000 units in one transaction every lookup also flushed the rows before it.
     */
    private final EntityManager entityManager;

    CycleProjection(CycleRepository repository, CycleUnitRepository units, UnitDirectory directory, ObjectMapper json,
                    EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.units = units;
        this.directory = directory;
        this.json = json;
    }

    @EventHandler
    void on(CycleOpened e) throws JsonProcessingException {
        if (repository.existsById(e.cycleId())) {
            return;
        }
        saveUnits(e.cycleId(), e.units() == null ? List.of() : e.units());
        CycleEntity c = new CycleEntity();
        c.cycleId = e.cycleId();
        c.organizationId = e.organizationId();
        c.year = e.year();
        c.definition = json.writeValueAsString(new CycleView(e.cycleId(), e.organizationId(), e.organizationName(),
                e.year(), e.ruleSet(), e.units(), e.plan(), e.levelPlans(), e.quotaGroups(), e.opensOn()));
        entityManager.persist(c);
    }

    /** The tree as rows with their levels, so subtree scopes need no parsing of the definition JSON. */
    private void saveUnits(String cycleId, List<Unit> list) {
        UnitTree tree = UnitTree.of(cycleId, list);
        int position = 0;
        for (Unit u : list) {
            CycleUnitEntity row = new CycleUnitEntity();
            row.cycleId = cycleId;
            row.unitId = u.id();
            row.parentId = u.parentId();
            row.name = u.name();
            row.level = tree.node(u.id()).map(UnitTree.Node::level).orElse(1);
            row.position = position++;
            entityManager.persist(row);
        }
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
        units.deleteAllInBatch();
        directory.forget();
    }

    @QueryHandler
    List<CycleSummary> handle(FindCycles query) {
        return repository.findAll().stream()
                .map(c -> new CycleSummary(c.cycleId, c.organizationId, name(c), c.year))
                .sorted(Comparator.comparingInt(CycleSummary::year).reversed()
                        .thenComparing(CycleSummary::organizationName))
                .toList();
    }

    private String name(CycleEntity c) {
        try {
            return json.readTree(c.definition).path("organizationName").asText(c.organizationId);
        } catch (JsonProcessingException ex) {
            return c.organizationId;
        }
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
