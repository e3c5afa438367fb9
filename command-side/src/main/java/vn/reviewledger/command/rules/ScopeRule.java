package vn.reviewledger.command.rules;

import java.util.Collection;
import java.util.List;

/**
 * Scope: who may act on what (DESIGN.md "Security"). An administrator and the system act everywhere;
 * an auditor never commands; an office user and a secretary act on the reviews of their units and
 * of every unit below them (the same subtrees their task lists and reads show). The unit path of a
 * review (root first, its own unit last) is recorded when it opens, so the check needs no lookup.
 *
 * <p>The refusal names the actor's own units, never the review's, so a 403 tells nothing about
 * where a review of another unit sits.
 */
public final class ScopeRule {

    public static final String RULE = "SCOPE";

    private ScopeRule() {
    }

    /** May this actor command a review at the end of {@code unitPath}? */
    public static void requireUnit(Actor actor, List<String> unitPath) {
        if (actor.internal() || "ADMIN".equals(actor.role())) {
            return;
        }
        if (acts(actor) && unitPath != null && unitPath.stream().anyMatch(actor.units()::contains)) {
            return;
        }
        throw refused(actor);
    }

    /**
     * Opening a cycle belongs to an administrator, or to an office user whose scope holds the root of
     * the organization the cycle is for (an office of a province committee opens its own cycles).
     */
    public static void requireCycleRoot(Actor actor, Collection<String> rootUnitIds) {
        if (actor.internal() || "ADMIN".equals(actor.role())) {
            return;
        }
        if ("OFFICE".equals(actor.role()) && rootUnitIds.stream().anyMatch(actor.units()::contains)) {
            return;
        }
        throw refused(actor);
    }

    private static boolean acts(Actor actor) {
        return "OFFICE".equals(actor.role()) || "SECRETARY".equals(actor.role());
    }

    private static RuleViolation refused(Actor actor) {
        return RuleViolation.forbidden(RULE, "role", actor.role().isEmpty() ? "-" : actor.role(),
                "scope", actor.units().isEmpty() ? "-" : String.join(", ", actor.units().stream().sorted().toList()));
    }
}
