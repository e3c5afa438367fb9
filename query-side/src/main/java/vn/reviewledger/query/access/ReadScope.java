package vn.reviewledger.query.access;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.reviewledger.query.cycle.UnitDirectory;
import vn.reviewledger.query.cycle.UnitTree;

/**
 * What the signed-in user may read, in one place: every read endpoint, list, export, stream and
 * screen asks here before it answers. An administrator and an auditor read everything; an office
 * user and a secretary read the reviews of their units ({@code UNIT_x} authorities) and of every unit
 * below them, cycle by cycle (the same subtrees as their task lists and their commands); anybody
 * else reads nothing. A cycle without any of the user's units is outside the scope as a whole.
 *
 * <p>Out of scope is 403 ({@link Forbidden}, rule {@code SCOPE}); an unknown id stays 404, decided
 * by the caller before asking here. A new read applies it with one call:
 * <ul>
 *   <li>one review (history, as-of, verify, bundle): load its summary ({@code FindReview}, 404 if
 *       none), then {@code scope.requireReview(view.cycleId(), view.unitId())};</li>
 *   <li>a whole cycle (cycle history, exports): {@code scope.requireCycle(cycleId)}, and keep only rows
 *       passing {@code scope.unitFilter(cycleId)};</li>
 *   <li>a filtered list: pass {@code scope.listScope(cycleId, unitId)} into the query.</li>
 * </ul>
 * {@link QueryProblemAdvice} turns {@link Forbidden} into problem+json for the read models' endpoints,
 * query.export and query.ops.audit.
 */
@Component
public class ReadScope {

    private final UnitDirectory units;

    ReadScope(UnitDirectory units) {
        this.units = units;
    }

    /** Administrator and auditor: every cycle, every unit. */
    public static boolean readsAll(Viewer viewer) {
        return viewer.isAdmin() || "AUDITOR".equals(viewer.role());
    }

    private static boolean scoped(Viewer viewer) {
        return viewer.isOffice() || viewer.isSecretary();
    }

    /**
     * The units of the cycle the current user may read; {@link Optional#empty()} means all of them.
     * Throws {@link Forbidden} when the user may read none.
     */
    public Optional<Set<String>> unitsIn(String cycleId) {
        Viewer viewer = Viewer.current();
        if (readsAll(viewer)) {
            return Optional.empty();
        }
        Set<String> visible = scoped(viewer)
                ? units.tree(cycleId).map(t -> t.subtrees(viewer.units())).orElse(Set.of()) : Set.of();
        if (visible.isEmpty()) {
            throw new Forbidden();
        }
        return Optional.of(visible);
    }

    /** 403 unless the current user may read something of the cycle. */
    public void requireCycle(String cycleId) {
        unitsIn(cycleId);
    }

    /** 403 unless the current user may read this unit of the cycle (and so its whole subtree). */
    public void requireUnit(String cycleId, String unitId) {
        unitsIn(cycleId).ifPresent(visible -> {
            if (!visible.contains(unitId)) {
                throw new Forbidden();
            }
        });
    }

    /**
     * 403 unless the current user may read every unit of the cycle: for reads that span all its
     * reviews at once (the cycle's history and its signed bundle), which cannot be cut to a subtree
     * without breaking their paging or their signature.
     */
    public void requireWholeCycle(String cycleId) {
        unitsIn(cycleId).ifPresent(visible -> {
            String root = units.tree(cycleId).flatMap(UnitTree::root).map(UnitTree.Node::id).orElse(null);
            if (root == null || !visible.contains(root)) {
                throw new Forbidden();
            }
        });
    }

    /** 403 unless the current user may read a review of this unit: the single call for one review's reads. */
    public void requireReview(String cycleId, String unitId) {
        requireUnit(cycleId, unitId);
    }

    /** For streams and exports that test unit by unit: true for every unit the user may read. */
    public Predicate<String> unitFilter(String cycleId) {
        return unitsIn(cycleId).<Predicate<String>>map(visible -> visible::contains).orElse(u -> true);
    }

    /**
     * Where the current user's dashboard of a cycle starts: null (the root) for those who read all,
     * else their highest unit in the cycle's tree.
     */
    public String startUnit(String cycleId) {
        Viewer viewer = Viewer.current();
        if (readsAll(viewer)) {
            return null;
        }
        unitsIn(cycleId);
        UnitTree tree = units.tree(cycleId).orElseThrow(Forbidden::new);
        return viewer.units().stream().map(tree::node).flatMap(Optional::stream)
                .min(Comparator.comparingInt(UnitTree.Node::level).thenComparing(UnitTree.Node::id))
                .map(UnitTree.Node::id).orElseThrow(Forbidden::new);
    }

    /** The unit and every unit below it in the cycle (the unit alone when the tree does not know it). */
    public Set<String> subtree(String cycleId, String unitId) {
        Set<String> sub = units.tree(cycleId).map(t -> t.subtree(unitId)).orElse(Set.of());
        return sub.isEmpty() ? Set.of(unitId) : sub;
    }

    /** Whether the current user may see anything of the cycle (for lists of cycles). */
    public Predicate<String> cycleFilter() {
        Viewer viewer = Viewer.current();
        if (readsAll(viewer)) {
            return c -> true;
        }
        Set<String> cycles = scoped(viewer) ? new LinkedHashSet<>(units.cyclesWith(viewer.units())) : Set.of();
        return cycles::contains;
    }

    /**
     * The reviews a list may show, as cycle id → unit ids, for filters that name no cycle or no unit;
     * null means no restriction. {@code cycleId} and {@code unitId} are the list's own filters (each may
     * be null); a named unit or cycle outside the scope is 403 rather than an empty page.
     */
    public Map<String, Set<String>> listScope(String cycleId, String unitId) {
        Viewer viewer = Viewer.current();
        if (readsAll(viewer)) {
            return null;
        }
        if (cycleId != null) {
            Set<String> visible = unitsIn(cycleId).orElseThrow();
            if (unitId != null && !visible.contains(unitId)) {
                throw new Forbidden();
            }
            return Map.of(cycleId, visible);
        }
        Map<String, Set<String>> scope = new LinkedHashMap<>();
        List<String> cycles = scoped(viewer) ? units.cyclesWith(viewer.units()) : List.of();
        for (String c : cycles) {
            Set<String> visible = units.tree(c).map(t -> t.subtrees(viewer.units())).orElse(Set.of());
            if (unitId == null) {
                scope.put(c, visible);
            } else if (visible.contains(unitId)) {
                scope.put(c, units.tree(c).map(t -> t.subtree(unitId)).orElse(Set.of(unitId)));
            }
        }
        if (unitId != null && scope.isEmpty()) {
            throw new Forbidden();
        }
        return scope;
    }
}
