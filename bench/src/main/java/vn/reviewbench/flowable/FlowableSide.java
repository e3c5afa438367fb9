package vn.reviewbench.flowable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import vn.reviewbench.measure.SqlCounter;
import vn.reviewbench.ours.OursSide;
import vn.reviewbench.workload.Procedure;
import vn.reviewbench.workload.Province.Subject;
import vn.reviewledger.kernel.common.Stage;

/**
 * The same procedure on Flowable 7.1.0, on an H2 file database, driven through its TaskService with
 * the same data. Settings are Flowable's documented ones for throughput: async executor on, history
 * level audit, bulk insert on (its default), the database id generator's block allocation (its
 * default batch of ids). The H2 URL has {@code WRITE_DELAY=0} like ours unless asked otherwise. The
 * BPMN has one non-interrupting timer per user task, as ours keeps one pending deadline per review.
 */
public final class FlowableSide implements AutoCloseable {

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    public final double coldStartMs;
    private final LocalDate today = LocalDate.now();
    private final Map<Stage, Date> due = new HashMap<>();
    private final Map<String, String> instances = new ConcurrentHashMap<>();
    private final PooledDataSource pool;
    private HistoryEndpoint endpoint;

    /**
     * @param equalDurability {@code WRITE_DELAY=0} as on our side, so each commit is written before it
     *     returns; false keeps H2's default (a background write about every 0.5 s), the old unequal setting
     */
    public FlowableSide(Path dataDir, boolean equalDurability) {
        long t0 = System.nanoTime();
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        // The pool Flowable builds from a JDBC URL, with its own settings, built here so that it can be
        // wrapped in the same statement counter as ours. The same H2 storage settings as ours: small
        // LOBs kept in their rows, 64 parsed statements kept per connection.
        pool = new PooledDataSource(getClass().getClassLoader(), "org.h2.Driver", "jdbc:h2:file:"
                + dataDir.toAbsolutePath() + "/flowable;DB_CLOSE_ON_EXIT=FALSE;MAX_LENGTH_INPLACE_LOB=8192;QUERY_CACHE_SIZE=64"
                + (equalDurability ? ";WRITE_DELAY=0" : ""),
                "sa", "");
        pool.setPoolMaximumActiveConnections(cfg.getJdbcMaxActiveConnections());
        pool.setPoolMaximumIdleConnections(cfg.getJdbcMaxIdleConnections());
        pool.setPoolMaximumCheckoutTime(cfg.getJdbcMaxCheckoutTime());
        pool.setPoolTimeToWait(cfg.getJdbcMaxWaitTime());
        cfg.setDataSource(SqlCounter.wrap(pool));
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setAsyncExecutorActivate(true);
        cfg.setHistoryLevel(HistoryLevel.AUDIT);
        cfg.setBulkInsertEnabled(true);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("bench/review.bpmn20.xml").deploy();
        coldStartMs = (System.nanoTime() - t0) / 1e6;
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        history = engine.getHistoryService();
        OursSide.plan(today).forEach((s, d) -> due.put(s, Date.from(d.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant())));
    }

    /** One step: start the instance, or find the review's open task and complete it with the step's data. */
    public void step(Subject s, int index, String step) {
        if (step.equals("open")) {
            Map<String, Object> v = new HashMap<>();
            v.put("subjectId", s.id());
            v.put("subjectName", s.name());
            v.put("subjectKind", "PARTY_MEMBER");
            v.put("unitId", s.unitId());
            v.put("quotaGroupId", s.quotaGroupId());
            v.put("admittedOn", "2015-03-02");
            v.put("dueSelfReview", due.get(Stage.SELF_REVIEW_SUBMITTED));
            v.put("dueOpinions", due.get(Stage.OPINIONS_COLLECTED));
            v.put("dueMeeting", due.get(Stage.MEETING_HELD));
            v.put("dueVote", due.get(Stage.VOTED));
            v.put("dueProposal", due.get(Stage.PROPOSED));
            v.put("dueDecision", due.get(Stage.DECIDED));
            v.put("dueAnnouncement", due.get(Stage.ANNOUNCED));
            instances.put(s.id(), runtime.startProcessInstanceByKey("review", s.id(), v).getId());
            return;
        }
        String rating = s.rating().name();
        Map<String, Object> v = new HashMap<>();
        switch (step) {
            case "self-review" -> {
                v.put("form", "02A");
                v.put("selfRating", rating);
                v.put("summary", "Tự đánh giá");
                v.put("submittedOn", today.toString());
            }
            case "opinion" -> {
                String source = Procedure.OPINION_SOURCES.get(index - 2);
                v.put("opinion_" + source + "_id", UUID.randomUUID().toString());
                v.put("opinion_" + source + "_author", "Chi ủy khu phố 3");
                v.put("opinion_" + source + "_content", "Gương mẫu nơi cư trú");
            }
            case "close-opinions" -> v.put("opinionsClosed", true);
            case "meeting" -> {
                v.put("heldOn", today.toString());
                v.put("eligible", 12);
                v.put("present", 11);
                v.put("absentWithReason", 1);
                v.put("minutes", "Biên bản");
            }
            case "vote" -> {
                v.put("voteMethod", "SECRET_BALLOT");
                v.put("votes_" + rating, 11);
                v.put("voteOutcome", rating);
            }
            case "proposal" -> v.put("proposedRating", rating);
            case "decision" -> {
                v.put("decidedRating", rating);
                v.put("decisionNo", "15-QĐ/TU");
                v.put("decidedOn", today.toString());
            }
            case "announcement" -> v.put("announcedOn", today.toString());
            default -> throw new IllegalArgumentException(step);
        }
        Task task = tasks.createTaskQuery().processInstanceId(instances.get(s.id())).singleResult();
        if (task == null) {
            throw new IllegalStateException("no open task for " + s.id() + " at " + step);
        }
        tasks.complete(task.getId(), v);
    }

    /** A review's full history as the four HistoryService queries return it. */
    public record History(HistoricProcessInstance instance, List<HistoricActivityInstance> activities,
                          List<HistoricTaskInstance> tasks, List<HistoricVariableInstance> variables) {
        public int entries() {
            return (instance == null ? 0 : 1) + activities.size() + tasks.size() + variables.size();
        }
    }

    /** A review's full history through the history service: the instance, its activities, tasks, variables. */
    public History history(String subjectId) {
        String id = instances.get(subjectId);
        if (id == null) {
            return null;
        }
        return new History(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult(),
                history.createHistoricActivityInstanceQuery().processInstanceId(id)
                        .orderByHistoricActivityInstanceStartTime().asc().list(),
                history.createHistoricTaskInstanceQuery().processInstanceId(id)
                        .orderByHistoricTaskInstanceStartTime().asc().list(),
                history.createHistoricVariableInstanceQuery().processInstanceId(id).list());
    }

    public int historyInProcess(Subject s) {
        return history(s.id()).entries();
    }

    /** Starts the thin JSON endpoint over {@link #history} on a free localhost port; returns its base URL. */
    public String startHistoryEndpoint() throws java.io.IOException {
        endpoint = new HistoryEndpoint(this::history);
        return endpoint.base();
    }

    /**
     * {user tasks, timer boundary events, user tasks with exactly one timer} in the deployed BPMN: the
     * deadline parity the report states is read from the model, not assumed.
     */
    public static int[] timersPerTask() throws java.io.IOException {
        String bpmn;
        try (var in = FlowableSide.class.getClassLoader().getResourceAsStream("bench/review.bpmn20.xml")) {
            bpmn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> tasks = ids(bpmn, "<userTask id=\"([^\"]+)\"");
        List<String> attached = ids(bpmn, "<boundaryEvent [^>]*attachedToRef=\"([^\"]+)\"[^>]*>\\s*<timerEventDefinition");
        int exactlyOne = (int) tasks.stream().filter(t -> attached.stream().filter(t::equals).count() == 1).count();
        return new int[] {tasks.size(), attached.size(), exactlyOne};
    }

    private static List<String> ids(String xml, String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(xml).results().map(m -> m.group(1)).toList();
    }

    /** Every instance ended at "announced", none still running, no timer left behind. */
    public Map<String, Object> verify(int expected) {
        long running = runtime.createProcessInstanceQuery().processDefinitionKey("review").count();
        List<HistoricProcessInstance> finished = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("review").finished().list();
        long announced = finished.stream().filter(p -> "announced".equals(p.getEndActivityId())).count();
        long timers = engine.getManagementService().createTimerJobQuery().count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("expected", expected);
        m.put("running", running);
        m.put("endedAtAnnounced", announced);
        m.put("timersLeft", timers);
        m.put("ok", running == 0 && announced == expected && finished.size() == expected && timers == 0);
        return m;
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.close();
        }
        engine.close();
        pool.forceCloseAll();
    }
}
