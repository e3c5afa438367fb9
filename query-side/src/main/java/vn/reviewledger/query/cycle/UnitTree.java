package vn.reviewledger.query.cycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.reviewledger.kernel.common.Unit;

/**
 * The organization tree of one cycle, immutable. Subtrees are computed once when the tree is built,
 * so a dashboard or a scoped list never walks the tree per request.
 */
public final class UnitTree {

    /** A unit with its depth (root = 1). */
    public record Node(String id, String name, String parentId, int level) {
    }

    private final String cycleId;
    private final Map<String, Node> nodes;
    private final Map<String, List<String>> children;
    private final Map<String, Set<String>> subtrees;
    private final List<String> roots;

    UnitTree(String cycleId, List<Node> ordered) {
        this.cycleId = cycleId;
        Map<String, Node> byId = new java.util.LinkedHashMap<>();
        ordered.forEach(n -> byId.put(n.id(), n));
        Map<String, List<String>> kids = new HashMap<>();
        List<String> top = new ArrayList<>();
        for (Node n : ordered) {
            if (n.parentId() == null || !byId.containsKey(n.parentId())) {
                top.add(n.id());
            } else {
                kids.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id());
            }
        }
        this.nodes = Collections.unmodifiableMap(byId);
        this.children = kids;
        this.roots = List.copyOf(top);
        Map<String, Set<String>> sub = new HashMap<>();
        for (String root : top) {
            collect(root, sub);
        }
        this.subtrees = sub;
    }

    private Set<String> collect(String id, Map<String, Set<String>> sub) {
        Set<String> all = new LinkedHashSet<>();
        all.add(id);
        for (String child : children.getOrDefault(id, List.of())) {
            all.addAll(collect(child, sub));
        }
        Set<String> frozen = Collections.unmodifiableSet(all);
        sub.put(id, frozen);
        return frozen;
    }

    /** Builds a tree from the units as a cycle lists them (levels follow the parents). */
    public static UnitTree of(String cycleId, List<Unit> units) {
        Map<String, String> parents = new HashMap<>();
        units.forEach(u -> parents.put(u.id(), u.parentId()));
        List<Node> nodes = new ArrayList<>();
        for (Unit u : units) {
            nodes.add(new Node(u.id(), u.name(), u.parentId(), depth(u.id(), parents)));
        }
        return new UnitTree(cycleId, nodes);
    }

    static int depth(String id, Map<String, String> parents) {
        int level = 1;
        String p = parents.get(id);
        // Bounded, so a malformed tree with a cycle cannot loop forever.
        while (p != null && parents.containsKey(p) && level <= parents.size()) {
            level++;
            p = parents.get(p);
        }
        return level;
    }

    public String cycleId() {
        return cycleId;
    }

    /** The root the screens start from: the first unit without a parent. */
    public Optional<Node> root() {
        return roots.isEmpty() ? Optional.empty() : Optional.of(nodes.get(roots.get(0)));
    }

    public Optional<Node> node(String unitId) {
        return Optional.ofNullable(unitId == null ? null : nodes.get(unitId));
    }

    public List<Node> children(String unitId) {
        return children.getOrDefault(unitId, List.of()).stream().map(nodes::get).toList();
    }

    /** The unit and every unit below it; empty for a unit the cycle does not have. */
    public Set<String> subtree(String unitId) {
        return subtrees.getOrDefault(unitId, Set.of());
    }

    /** Every unit below any of {@code unitIds}, the units included. */
    public Set<String> subtrees(Collection<String> unitIds) {
        Set<String> all = new LinkedHashSet<>();
        unitIds.forEach(u -> all.addAll(subtree(u)));
        return all;
    }

    /** The path from the root down to the unit, both included. */
    public List<Node> path(String unitId) {
        List<Node> path = new ArrayList<>();
        Node n = nodes.get(unitId);
        while (n != null && path.size() <= nodes.size()) {
            path.add(0, n);
            n = n.parentId() == null ? null : nodes.get(n.parentId());
        }
        return path;
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    public String name(String unitId) {
        Node n = nodes.get(unitId);
        return n == null ? unitId : n.name();
    }
}
