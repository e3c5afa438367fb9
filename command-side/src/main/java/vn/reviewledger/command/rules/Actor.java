package vn.reviewledger.command.rules;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.reviewledger.kernel.common.AuditKeys;

/**
 * Who sent a command, as the command's audit metadata says (set by the web layer from the signed-in
 * user, never from the body). A command without an actor role was sent inside the system (the demo
 * data, a test fixture) and is not a user's request; the web layer always sets one.
 *
 * @param role  ADMIN, OFFICE, SECRETARY, AUDITOR, SYSTEM, or "" for nobody signed in
 * @param units the units whose subtrees the actor acts for ({@code UNIT_x} authorities)
 */
public record Actor(String id, String role, Set<String> units, boolean internal) {

    public static Actor from(Map<String, ?> metaData) {
        Object role = metaData.get(AuditKeys.ACTOR_ROLE);
        Object units = metaData.get(AuditKeys.ACTOR_UNIT);
        Object id = metaData.get(AuditKeys.ACTOR_ID);
        Set<String> unitSet = units == null ? Set.of() : Arrays.stream(String.valueOf(units).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        boolean internal = role == null || AuditKeys.SYSTEM_ROLE.equals(role);
        return new Actor(id == null ? "" : String.valueOf(id), role == null ? "" : String.valueOf(role), unitSet,
                internal);
    }
}
