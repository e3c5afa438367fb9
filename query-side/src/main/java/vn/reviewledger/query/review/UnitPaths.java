package vn.reviewledger.query.review;

import java.util.List;

/**
 * A unit's place in its cycle's tree as one sortable string, {@code "/root/d3/c12/"}: the ids from
 * the root down, each followed by '/'. A subtree is then every path that starts with the unit's
 * path, i.e. the key range {@code [path, pathEnd)}, which an index seeks (an IN list of the subtree's
 * ids it does not, on H2, as the second column of an index). '%' and '/' inside an id are
 * percent-encoded so that '/' only ever separates and no path is the prefix of an unrelated one.
 * Migration V70 builds the same strings in SQL for rows projected before the column existed.
 */
public final class UnitPaths {

    private UnitPaths() {
    }

    /** The path of the last id of {@code rootDown} (root first); null when there is none. */
    public static String of(List<String> rootDown) {
        if (rootDown == null || rootDown.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("/");
        for (String id : rootDown) {
            b.append(encode(id)).append('/');
        }
        return b.toString();
    }

    public static String encode(String id) {
        return id.replace("%", "%25").replace("/", "%2F");
    }

    /**
     * The first string after every string that starts with {@code path}: the final '/' turned into
     * '0', the next character. Exact for plain string order (H2) and for byte order (PostgreSQL's
     * collation "C", which the column has).
     */
    public static String end(String path) {
        return path.substring(0, path.length() - 1) + '0';
    }
}
