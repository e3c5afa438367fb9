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
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;
import vn.reviewbench.ours.OursSide;
import vn.reviewbench.workload.Procedure;
import vn.reviewbench.workload.Province.Subject;
import vn.reviewledger.kernel.common.Stage;

/**
 * The same procedure on Flowable 7.1.0, on an H2 file database, driven through its TaskService with
 * the same data. Settings are Flowable's documented ones for throughput: async executor on, history
 * level audit, bulk insert on (its default), the database id generator's block allocation (its
 * default batch of ids).
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

    public FlowableSide(Path dataDir) {
        long t0 = System.nanoTime();
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:file:" + dataDir.toAbsolutePath() + "/flowable;DB_CLOSE_ON_EXIT=FALSE");
        cfg.setJdbcDriver("org.h2.Driver");
        cfg.setJdbcUsername("sa");
        cfg.setJdbcPassword("");
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

    /** A review's full history through the history service: the instance, its activities, tasks, variables. */
    public int readHistory(Subject s) {
        String id = instances.get(s.id());
        HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        int n = pi == null ? 0 : 1;
        n += history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime().asc().list().size();
        n += history.createHistoricTaskInstanceQuery().processInstanceId(id)
                .orderByHistoricTaskInstanceStartTime().asc().list().size();
        n += history.createHistoricVariableInstanceQuery().processInstanceId(id).list().size();
        return n;
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
        engine.close();
    }
}
