package vn.reviewledger.query.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewListQueries.FindReviews;
import vn.reviewledger.query.cycle.UnitDirectory;
import vn.reviewledger.query.cycle.UnitTree;
import vn.reviewledger.query.deadline.DeadlinePolicy;

/**
 * The review list as plain SQL on {@code review_summary} (PERFORMANCE.md §3.1, step 6a/6c). Which
 * filters are present picks the statement text, so there are few distinct statements and each is
 * prepared, never re-translated the way a Criteria tree per request is. A unit's subtree is one
 * range of {@code unit_path} ({@link UnitPaths}), which indexes {@code (cycle_id, stage, unit_path)}
 * and {@code (cycle_id, unit_path)} seek; the order is {@code (due_sort, subject_name, review_id)},
 * which {@code (cycle_id[, stage], due_sort, subject_name, review_id)} deliver without a sort.
 *
 * <p>The answers are those of the Criteria query it replaces ({@code ReviewFilters} until V70):
 * <ul>
 *   <li>the unit filter is the unit's subtree in the cycle's tree, or the unit alone when the tree
 *       does not know it (or no cycle is named);</li>
 *   <li>a reader's scope (cycle → visible units) is intersected with it per cycle, and a set that is a
 *       union of whole subtrees (what {@code ReadScope} hands over) becomes one range per top unit;
 *       any other set stays an IN list, which is exact, only slower;</li>
 *   <li>"no due date" sorts last: {@code due_sort} is {@code next_due_date} with null as 9999-12-31;</li>
 *   <li>the total is an exact count, skipped only where the page itself tells it (as Spring Data
 *       did: a first page shorter than the size, or a short non-empty later page).</li>
 * </ul>
 */
@Component
class ReviewList {

    /** Over this many top units a scope is an IN list instead of as many ranges. */
    private static final int MAX_RANGES = 32;
    /** Stage.isFinished as SQL, so a new terminal stage is written in one place. */
    private static final String FINISHED = Arrays.stream(Stage.values()).filter(Stage::isFinished)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    /**
     * Most urgent first, undated last, then by name and id: one order, written three ways. Where the
     * cycle (and the stage) is fixed by an equality, naming it first changes nothing in the answer
     * but lets H2 read the order index in order and stop after a page (it only matches an index to
     * an ORDER BY from the index's first column). Under a narrow subtree the path index is cheaper:
     * seek the subtree's rows, then sort them.
     */
    static final String ORDER = " order by due_sort, subject_name, review_id";
    static final String ORDER_IN_CYCLE = " order by cycle_id, due_sort, subject_name, review_id";
    static final String ORDER_IN_STAGE = " order by cycle_id, stage, due_sort, subject_name, review_id";

    private final JdbcTemplate jdbc;
    private final UnitDirectory units;

    ReviewList(JdbcTemplate jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    record Result(List<ReviewSummaryEntity> rows, long total) {
    }

    /** The statements of one query: the page's and the count's, with their arguments. Null: matches nothing. */
    record Statement(String where, List<Object> args, String order) {

        String page() {
            return "select * from review_summary where " + where + order + " offset ? rows fetch next ? rows only";
        }

        String count() {
            return "select count(*) from review_summary where " + where;
        }
    }

    Result find(FindReviews q, DeadlinePolicy.Window window) {
        Statement s = statement(q, window);
        if (s == null) {
            return new Result(List.of(), 0);
        }
        long offset = (long) q.page() * q.size();
        List<Object> pageArgs = new ArrayList<>(s.args());
        pageArgs.add(offset);
        pageArgs.add(q.size());
        List<ReviewSummaryEntity> rows = jdbc.query(s.page(), ROW, pageArgs.toArray());
        long total;
        if (offset == 0 && rows.size() < q.size()) {
            total = rows.size();
        } else if (offset > 0 && !rows.isEmpty() && rows.size() < q.size()) {
            total = offset + rows.size();
        } else {
            Long n = jdbc.queryForObject(s.count(), Long.class, s.args().toArray());
            total = n == null ? 0 : n;
        }
        return new Result(rows, total);
    }

    Statement statement(FindReviews q, DeadlinePolicy.Window window) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.cycleId() != null) {
            where.add("cycle_id = ?");
            args.add(q.cycleId());
        }
        if (q.scope() == null) {
            if (q.unitId() != null) {
                where.add(unitFilter(q, args));
            }
        } else if (!scope(q, where, args)) {
            return null;
        }
        if (q.stage() != null) {
            where.add("stage = ?");
            args.add(q.stage().name());
        }
        if (q.deadlineStatus() != null) {
            String open = "stage not in " + FINISHED;
            switch (q.deadlineStatus()) {
                case OVERDUE -> {
                    where.add(open + " and next_due_date < ?");
                    args.add(window.today());
                }
                case DUE_SOON -> {
                    where.add(open + " and next_due_date between ? and ?");
                    args.add(window.today());
                    args.add(window.dueSoonUntil());
                }
                case ON_TRACK -> {
                    where.add(open + " and next_due_date > ?");
                    args.add(window.dueSoonUntil());
                }
                case DONE -> where.add("(stage in " + FINISHED + " or next_due_date is null)");
            }
        }
        String order = q.cycleId() == null || narrow(where) ? ORDER
                : q.stage() != null ? ORDER_IN_STAGE : ORDER_IN_CYCLE;
        return new Statement(where.isEmpty() ? "1 = 1" : String.join(" and ", where), args, order);
    }

    /** A unit condition other than the range of a whole tree: the path index (or the unit id) leads. */
    private static boolean narrow(List<String> where) {
        return where.stream().anyMatch(w -> w.contains("unit_id") || w.contains(SUBTREE_RANGE));
    }

    /** The unit filter alone: the unit's subtree as one range, or the unit itself if no tree knows it. */
    private String unitFilter(FindReviews q, List<Object> args) {
        Optional<UnitTree> tree = units.tree(q.cycleId());
        if (tree.isPresent() && tree.get().node(q.unitId()).isPresent()) {
            return range(tree.get(), q.unitId(), args);
        }
        args.add(q.unitId());
        return "unit_id = ?";
    }

    /**
     * The reader's scope: per cycle the units it may see, narrowed by the unit filter; cycles with
     * nothing left drop out. False when nothing is left at all.
     */
    private boolean scope(FindReviews q, List<String> where, List<Object> args) {
        List<String> any = new ArrayList<>();
        List<Object> anyArgs = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(q.scope()).entrySet()) {
            String cycle = e.getKey();
            if (e.getValue().isEmpty() || (q.cycleId() != null && !q.cycleId().equals(cycle))) {
                continue;
            }
            Set<String> visible = e.getValue();
            if (q.unitId() != null) {
                // The unit filter is judged on the filter's cycle, as before: without one, the unit alone.
                Set<String> filter = units.tree(q.cycleId()).map(t -> t.subtree(q.unitId())).orElse(Set.of());
                Set<String> wanted = filter.isEmpty() ? Set.of(q.unitId()) : filter;
                Set<String> both = new java.util.LinkedHashSet<>();
                for (String u : wanted) {
                    if (visible.contains(u)) {
                        both.add(u);
                    }
                }
                visible = both;
            }
            if (visible.isEmpty()) {
                continue;
            }
            List<Object> clauseArgs = new ArrayList<>();
            String units = units(cycle, visible, clauseArgs);
            if (q.cycleId() != null) {
                // The cycle is already a condition of its own.
                any.add(units);
            } else {
                any.add("(cycle_id = ? and " + units + ")");
                anyArgs.add(cycle);
            }
            anyArgs.addAll(clauseArgs);
        }
        if (any.isEmpty()) {
            return false;
        }
        where.add(any.size() == 1 ? any.get(0) : "(" + String.join(" or ", any) + ")");
        args.addAll(anyArgs);
        return true;
    }

    /** A set of units of one cycle: ranges when it is a union of whole subtrees of the tree, else an IN list. */
    private String units(String cycleId, Set<String> set, List<Object> args) {
        Optional<UnitTree> found = units.tree(cycleId);
        if (found.isPresent()) {
            UnitTree tree = found.get();
            TreeSet<String> tops = new TreeSet<>();
            boolean whole = true;
            for (String u : set) {
                Optional<UnitTree.Node> n = tree.node(u);
                if (n.isEmpty()) {
                    whole = false;
                    break;
                }
                if (n.get().parentId() == null || !set.contains(n.get().parentId())) {
                    tops.add(u);
                }
            }
            if (whole && tops.size() <= MAX_RANGES) {
                for (String top : tops) {
                    if (!set.containsAll(tree.subtree(top))) {
                        whole = false;
                        break;
                    }
                }
            }
            if (whole && tops.size() <= MAX_RANGES) {
                List<String> ranges = new ArrayList<>();
                for (String top : tops) {
                    ranges.add(range(tree, top, args));
                }
                return ranges.size() == 1 ? ranges.get(0) : "(" + String.join(" or ", ranges) + ")";
            }
        }
        List<String> ids = new ArrayList<>(new TreeSet<>(set));
        args.addAll(ids);
        return ids.size() == 1 ? "unit_id = ?" : "unit_id in (" + String.join(", ", java.util.Collections.nCopies(
                ids.size(), "?")) + ")";
    }

    /** The range of a unit below a root, and of a root (whose range is most of its cycle). */
    private static final String SUBTREE_RANGE = "unit_path >= ? and unit_path < ?";
    private static final String TREE_RANGE = "unit_path < ? and unit_path >= ?";

    private static String range(UnitTree tree, String unitId, List<Object> args) {
        List<UnitTree.Node> path = tree.path(unitId);
        String p = UnitPaths.of(path.stream().map(UnitTree.Node::id).toList());
        if (path.size() == 1) {
            args.add(UnitPaths.end(p));
            args.add(p);
            return TREE_RANGE;
        }
        args.add(p);
        args.add(UnitPaths.end(p));
        return SUBTREE_RANGE;
    }

    static final RowMapper<ReviewSummaryEntity> ROW = ReviewList::row;

    private static ReviewSummaryEntity row(ResultSet rs, int n) throws SQLException {
        ReviewSummaryEntity r = new ReviewSummaryEntity();
        r.reviewId = rs.getString("review_id");
        r.cycleId = rs.getString("cycle_id");
        r.unitId = rs.getString("unit_id");
        r.unitPath = rs.getString("unit_path");
        r.quotaGroupId = rs.getString("quota_group_id");
        r.subjectId = rs.getString("subject_id");
        r.subjectName = rs.getString("subject_name");
        r.subjectKind = SubjectKind.valueOf(rs.getString("subject_kind"));
        r.stage = Stage.valueOf(rs.getString("stage"));
        r.selfRating = rating(rs.getString("self_rating"));
        r.selfScore = integer(rs, "self_score");
        r.voteOutcome = rating(rs.getString("vote_outcome"));
        r.proposedRating = rating(rs.getString("proposed_rating"));
        r.proposedScore = integer(rs, "proposed_score");
        r.decidedRating = rating(rs.getString("decided_rating"));
        r.decidedScore = integer(rs, "decided_score");
        r.decisionNo = rs.getString("decision_no");
        r.outsidePoliticalSystem = rs.getBoolean("outside_political_system");
        r.reratingRequested = rs.getInt("rerating_requested");
        r.dueDates = rs.getString("due_dates");
        r.nextDueDate = rs.getObject("next_due_date", LocalDate.class);
        r.dueSort = rs.getObject("due_sort", LocalDate.class);
        r.version = rs.getLong("version");
        return r;
    }

    private static Rating rating(String s) {
        return s == null ? null : Rating.valueOf(s);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
