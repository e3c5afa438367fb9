package vn.reviewbench.measure;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Counts JDBC work under a DataSource: statement executions, commits, and the executions that touch
 * the scheduler's tables (db-scheduler's {@code scheduled_tasks}, Flowable's {@code ACT_RU_TIMER_JOB}
 * and {@code ACT_RU_JOB}). A plain {@link Proxy} over Connection and Statement, so that both engines
 * are counted by the same code, whatever pool or ORM sits above it. One set of counters per JVM: a
 * child runs one side only.
 *
 * <p>A "statement" is one execution ({@code execute*}); a JDBC batch counts each of its entries. A
 * "commit" is an explicit {@code Connection.commit()}, or a writing statement (INSERT, UPDATE,
 * DELETE, MERGE) run in auto-commit mode, which H2 commits on its own.
 */
public final class SqlCounter {

    private static final LongAdder STATEMENTS = new LongAdder();
    private static final LongAdder COMMITS = new LongAdder();
    private static final LongAdder SCHEDULER = new LongAdder();
    private static final java.util.Map<String, Boolean> SCHEDULER_SQL = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern SCHEDULER_TABLES =
            Pattern.compile("scheduled_tasks|act_ru_timer_job|act_ru_job\\b", Pattern.CASE_INSENSITIVE);

    private SqlCounter() {
    }

    /** What has been counted so far; subtract two snapshots for an interval. */
    public record Counts(long statements, long commits, long schedulerStatements) {
        public Counts minus(Counts o) {
            return new Counts(statements - o.statements, commits - o.commits,
                    schedulerStatements - o.schedulerStatements);
        }
    }

    public static Counts snapshot() {
        return new Counts(STATEMENTS.sum(), COMMITS.sum(), SCHEDULER.sum());
    }

    public static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection c && method.getName().startsWith("getConnection")
                    ? connection(c) : result;
        });
    }

    private static Connection connection(Connection target) {
        boolean[] autoCommit = {true};
        try {
            autoCommit[0] = target.getAutoCommit();
        } catch (Exception e) {
            // keep the JDBC default
        }
        return proxy(Connection.class, target, (method, args) -> {
            String name = method.getName();
            if (name.equals("setAutoCommit")) {
                autoCommit[0] = (Boolean) args[0];
            } else if (name.equals("commit")) {
                COMMITS.increment();
            }
            Object result = method.invoke(target, args);
            if (result instanceof Statement s && (name.equals("createStatement") || name.startsWith("prepare"))) {
                String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
                return statement(s, method.getReturnType(), sql, autoCommit);
            }
            return result;
        });
    }

    private static Statement statement(Statement target, Class<?> type, String preparedSql, boolean[] autoCommit) {
        int[] batched = {0};
        boolean[] batchTouchesScheduler = {false};
        return (Statement) proxy(type, target, (method, args) -> {
            String name = method.getName();
            String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : preparedSql;
            if (name.equals("addBatch")) {
                batched[0]++;
                batchTouchesScheduler[0] |= touchesScheduler(sql);
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                STATEMENTS.add(batched[0]);
                if (batchTouchesScheduler[0]) {
                    SCHEDULER.add(batched[0]);
                }
                if (autoCommit[0] && batched[0] > 0) {
                    COMMITS.increment();
                }
                batched[0] = 0;
                batchTouchesScheduler[0] = false;
            } else if (name.startsWith("execute")) {
                STATEMENTS.increment();
                if (touchesScheduler(sql)) {
                    SCHEDULER.increment();
                }
                if (autoCommit[0] && writes(sql)) {
                    COMMITS.increment();
                }
            }
            return method.invoke(target, args);
        });
    }

    /**
     * Once per distinct SQL text, not per execution: the regex on every batch entry cost a quarter of
     * a profiled rebuild's samples, time the proxy charged to the side being measured.
     */
    private static boolean touchesScheduler(String sql) {
        return sql != null && SCHEDULER_SQL.computeIfAbsent(sql, q -> SCHEDULER_TABLES.matcher(q).find());
    }

    private static boolean writes(String sql) {
        if (sql == null) {
            return false;
        }
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("insert") || s.startsWith("update") || s.startsWith("delete") || s.startsWith("merge");
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Call call) {
        InvocationHandler h = (p, method, args) -> {
            // unwrap/isWrapperFor go to the real object, so pools and Spring still find what they look for.
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> p == args[0];
                    case "hashCode" -> System.identityHashCode(p);
                    default -> method.invoke(target, args);
                };
            }
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, h);
    }
}
