package vn.reviewledger.query.ops.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.reviewledger.query.access.Viewer;

/**
 * Who looked at what, when: every history, bundle, verification and as-of read by an auditor or an
 * administrator, appended to {@code audit_read} once it has been answered (with its status, so a
 * refused look is on record too). A table of its own, not events on the review: a read is not a
 * fact about the review, and an event would change the review's hash chain.
 */
@Component
class ReadLog implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ReadLog.class);

    /** The reads on record, by kind: path pattern, and whether it counts only with {@code asOf}. */
    enum Kind {
        REVIEW_HISTORY("/api/reviews/([^/]+)/history", false),
        CYCLE_HISTORY("/api/cycles/([^/]+)/history", false),
        REVIEW_BUNDLE("/api/reviews/([^/]+)/bundle", false),
        CYCLE_BUNDLE("/api/cycles/([^/]+)/bundle", false),
        REVIEW_VERIFY("/api/reviews/([^/]+)/verify", false),
        REVIEW_AS_OF("/api/reviews/([^/]+)", true),
        DASHBOARD_AS_OF("/api/cycles/([^/]+)/dashboard", true),
        REVIEW_PAGE("/ui/reviews/([^/]+)", false);

        final Pattern path;
        final boolean asOfOnly;

        Kind(String path, boolean asOfOnly) {
            this.path = Pattern.compile(path);
            this.asOfOnly = asOfOnly;
        }
    }

    record Read(long id, Instant readAt, String username, String role, String requestId, String kind,
                String targetId, String path, String query, int status) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReadLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        Viewer viewer = Viewer.current();
        if (!viewer.isAdmin() && !"AUDITOR".equals(viewer.role())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        classify(path, request.getParameter("asOf") != null).ifPresent(match -> {
            int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
            jdbc.update("""
                    insert into audit_read (read_at, username, user_role, request_id, kind, target_id, path, query,
                                            status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Timestamp.from(clock.instant()), viewer.username(), viewer.role(),
                    cut(request.getHeader("X-Request-Id"), 100), match.kind().name(), cut(match.target(), 255),
                    cut(path, 1000), cut(request.getQueryString(), 2000), status);
            log.debug("Recorded {} of {} by {}", match.kind(), match.target(), viewer.username());
        });
    }

    record Match(Kind kind, String target) {
    }

    static Optional<Match> classify(String path, boolean asOf) {
        for (Kind kind : Kind.values()) {
            Matcher m = kind.path.matcher(path);
            if (m.matches() && (!kind.asOfOnly || asOf)) {
                return Optional.of(new Match(kind, m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    long count(String username) {
        Long n = username == null
                ? jdbc.queryForObject("select count(*) from audit_read", Long.class)
                : jdbc.queryForObject("select count(*) from audit_read where username = ?", Long.class, username);
        return n == null ? 0 : n;
    }

    /** Newest first. */
    List<Read> page(String username, int page, int size) {
        String select = "select id, read_at, username, user_role, request_id, kind, target_id, path, query, status "
                + "from audit_read " + (username == null ? "" : "where username = ? ")
                + "order by id desc limit ? offset ?";
        Object[] args = username == null ? new Object[]{size, (long) page * size}
                : new Object[]{username, size, (long) page * size};
        return jdbc.query(select, (rs, n) -> new Read(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getInt(10)), args);
    }
}
