package vn.reviewledger.query.cycle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The unit trees of the cycles, for the other read features of this process: subtree scopes of
 * dashboards, lists and task lists. A cycle's units never change after it opens, so a tree is cached
 * once found; a replay of the cycles projection clears the cache.
 */
@Component
public class UnitDirectory {

    private final CycleUnitRepository units;
    private final Map<String, UnitTree> cache = new ConcurrentHashMap<>();

    UnitDirectory(CycleUnitRepository units) {
        this.units = units;
    }

    public Optional<UnitTree> tree(String cycleId) {
        if (cycleId == null) {
            return Optional.empty();
        }
        UnitTree cached = cache.get(cycleId);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<CycleUnitEntity> rows = units.findByCycleIdOrderByPosition(cycleId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        UnitTree tree = new UnitTree(cycleId, rows.stream()
                .map(r -> new UnitTree.Node(r.unitId, r.name, r.parentId, r.level)).toList());
        cache.put(cycleId, tree);
        return Optional.of(tree);
    }

    /** The cycles whose trees hold any of these units. */
    public List<String> cyclesWith(Collection<String> unitIds) {
        return unitIds.isEmpty() ? List.of() : units.cyclesWithUnits(unitIds);
    }

    void forget() {
        cache.clear();
    }
}
