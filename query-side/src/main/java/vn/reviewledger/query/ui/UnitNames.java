package vn.reviewledger.query.ui;

import java.util.HashMap;
import java.util.Map;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;

/** Unit names by id, for templates; an unknown id shows as itself. */
public final class UnitNames {

    private final Map<String, String> names;

    private UnitNames(Map<String, String> names) {
        this.names = names;
    }

    public static UnitNames of(CycleView cycle) {
        Map<String, String> m = new HashMap<>();
        if (cycle != null) {
            cycle.units().forEach(u -> m.put(u.id(), u.name()));
        }
        return new UnitNames(m);
    }

    public String name(String unitId) {
        return names.getOrDefault(unitId, unitId);
    }
}
