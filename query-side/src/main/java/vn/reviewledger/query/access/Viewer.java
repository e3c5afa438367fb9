package vn.reviewledger.query.access;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.reviewledger.kernel.tasks.TaskQueries.FindTasks;

/**
 * The signed-in user as the read side scopes things: the role and the units whose subtrees the user
 * acts for ({@code ROLE_x} and {@code UNIT_x} authorities, set by the application's security).
 */
public record Viewer(String username, String role, Set<String> units) {

    public static Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()
                || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return new Viewer("anonymous", "", Set.of());
        }
        String role = "";
        Set<String> units = new TreeSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name.startsWith("ROLE_")) {
                role = name.substring(5);
            } else if (name.startsWith("UNIT_")) {
                units.add(name.substring(5));
            }
        }
        return new Viewer(auth.getName(), role, Set.copyOf(units));
    }

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    public boolean isOffice() {
        return "OFFICE".equals(role);
    }

    public boolean isSecretary() {
        return "SECRETARY".equals(role);
    }

    /** Whether the user records the steps of the procedure (an auditor only reads). */
    public boolean mayAct() {
        return isAdmin() || isOffice() || isSecretary();
    }

    /** Deciding a rating belongs to the committee office (and an administrator). */
    public boolean mayDecide() {
        return isAdmin() || isOffice();
    }

    /**
     * The open tasks this user is to take: an administrator all of them, an office or a secretary
     * those of their units and below, an auditor none (an auditor never acts); re-ratings only for
     * whoever decides ratings (an office, an administrator).
     */
    public FindTasks tasks(int page, int size) {
        if (isAdmin()) {
            return new FindTasks(true, Set.of(), page, size, true);
        }
        return new FindTasks(false, mayAct() ? units : Set.of(), page, size, mayDecide());
    }
}
