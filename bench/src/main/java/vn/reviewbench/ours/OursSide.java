package vn.reviewbench.ours;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import javax.sql.DataSource;
import vn.reviewbench.measure.HttpReads;
import vn.reviewbench.measure.SqlCounter;
import vn.reviewbench.measure.Latencies;
import vn.reviewbench.measure.Machine;
import vn.reviewbench.workload.Procedure;
import vn.reviewbench.workload.Province;
import vn.reviewbench.workload.Province.Subject;
import vn.reviewledger.NoOutboundCalls;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.common.VoteMethod;
import vn.reviewledger.kernel.cycle.CycleCommands.OpenCycle;
import vn.reviewledger.kernel.cycle.DueRule;
import vn.reviewledger.kernel.review.ReviewCommands;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryFilter;
import vn.reviewledger.query.review.ReviewHistory;

/**
 * Review Ledger in this process: the packaged application on an H2 file database, commands through
 * Axon's command gateway with the metadata the HTTP layer would add (the in-process peer of
 * Flowable's TaskService), reads through the real HTTP endpoints with Basic authentication, and the
 * history also in process through a direct call (the peer of Flowable's HistoryService).
 */
public final class OursSide implements AutoCloseable {

    static final int YEAR = 2024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext ctx;
    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ReviewHistory history;
    private final HttpReads http;
    public final double coldStartMs;
    private final LocalDate today = LocalDate.now();
    private String cycleId;
    /** The version each review's last command returned: the next command's expected version. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    public OursSide(Path dataDir) {
        NoOutboundCalls.apply();
        long t0 = System.nanoTime();
        // Passed as arguments: SpringApplicationBuilder.properties() would lose to application.yml.
        SpringApplication app = new SpringApplication(ReviewLedgerApplication.class);
        // Every statement and commit of the app (event store, projections, db-scheduler, read log) is
        // counted by the same wrapper as Flowable's, registered before any bean asks for the DataSource.
        app.addInitializers(c -> c.getBeanFactory().addBeanPostProcessor(new CountingDataSource()));
        ctx = app.run(
                "--reviewledger.data-dir=" + dataDir.toAbsolutePath(),
                "--reviewledger.demo.enabled=false",
                "--reviewledger.deadlines.enabled=true",
                "--reviewledger.limits.requests-per-minute=0",
                "--server.port=0",
                "--logging.level.root=WARN",
                // Axon warns with a stack trace when a handler runs long, as it does on a starved CPU.
                "--logging.level.org.axonframework.messaging.timeout=ERROR",
                "--logging.level.axon-janitor=ERROR",
                "--spring.main.banner-mode=off");
        coldStartMs = (System.nanoTime() - t0) / 1e6;
        gateway = ctx.getBean(CommandGateway.class);
        eventStore = ctx.getBean(EventStore.class);
        processing = ctx.getBean(EventProcessingConfiguration.class);
        jdbc = ctx.getBean(JdbcTemplate.class);
        history = ctx.getBean(ReviewHistory.class);
        http = new HttpReads("http://localhost:" + ctx.getEnvironment().getProperty("local.server.port"));
    }

    /** Wraps the application's DataSource in the counting proxy. */
    private static final class CountingDataSource implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? SqlCounter.wrap(ds) : bean;
        }
    }

    private static MetaData actor(String user, String role, String unit) {
        Map<String, Object> m = new HashMap<>();
        m.put(AuditKeys.ACTOR_ID, user);
        m.put(AuditKeys.ACTOR_ROLE, role);
        m.put(AuditKeys.ACTOR_UNIT, unit);
        m.put(AuditKeys.REQUEST_ID, UUID.randomUUID().toString());
        m.put(AuditKeys.CLIENT_TIME, "");
        m.put(AuditKeys.REASON, "");
        return MetaData.from(m);
    }

    private <R> R send(Object command, MetaData metaData) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /** The due date of each planned stage, the same for both engines. */
    public static Map<Stage, LocalDate> plan(LocalDate today) {
        Map<Stage, LocalDate> plan = new EnumMap<>(Stage.class);
        plan.put(Stage.SELF_REVIEW_SUBMITTED, today.plusDays(20));
        plan.put(Stage.OPINIONS_COLLECTED, today.plusDays(25));
        plan.put(Stage.MEETING_HELD, today.plusDays(30));
        plan.put(Stage.VOTED, today.plusDays(30));
        plan.put(Stage.PROPOSED, today.plusDays(35));
        plan.put(Stage.DECIDED, today.plusDays(40));
        plan.put(Stage.ANNOUNCED, today.plusDays(50));
        return plan;
    }

    /** Opens the province's cycle: the whole unit tree, one quota group per district. */
    public void openCycle(Province province, String organizationId) {
        cycleId = Ids.cycleId(organizationId, YEAR);
        Map<Stage, DueRule> due = new EnumMap<>(Stage.class);
        plan(today).forEach((s, d) -> due.put(s, DueRule.on(d)));
        List<Unit> units = province.units.stream().map(u -> new Unit(u.id(), u.name(), u.parentId())).toList();
        List<QuotaGroup> groups = province.quotaGroups.stream()
                .map(g -> new QuotaGroup(g, "Nhóm " + g, new BigDecimal("0.2"))).toList();
        send(new OpenCycle(cycleId, organizationId, "Đảng bộ tỉnh", YEAR, null, null, units, due, Map.of(), groups,
                today), actor("office", "OFFICE", Province.ROOT));
    }

    public String reviewId(Subject s) {
        return Ids.reviewId(cycleId, s.unitId(), SubjectKind.PARTY_MEMBER, s.id());
    }

    /** One step of one review, as the HTTP controllers would send it. */
    public void step(Subject s, int index, String step) {
        String id = reviewId(s);
        MetaData secretary = actor("secretary", "SECRETARY", s.unitId());
        Long v = versions.get(id);
        Rating r = s.rating();
        Object result = switch (step) {
            case "open" -> send(new ReviewCommands.OpenReview(id, cycleId,
                    new vn.reviewledger.kernel.common.Subject(s.id(), s.name(), SubjectKind.PARTY_MEMBER), s.unitId(),
                    s.quotaGroupId(), false, false, false, LocalDate.of(2015, 3, 2)), secretary);
            case "self-review" -> send(new ReviewCommands.SubmitSelfReview(id, v, SelfReviewForm.F02A, r, null, "Tự đánh giá", today), secretary);
            case "opinion" -> send(new ReviewCommands.RecordOpinion(id, v, UUID.randomUUID().toString(),
                    OpinionSource.valueOf(Procedure.OPINION_SOURCES.get(index - 2)), "Chi ủy khu phố 3", null,
                    "Gương mẫu nơi cư trú"), secretary);
            case "close-opinions" -> send(new ReviewCommands.CloseOpinionCollection(id, v), secretary);
            case "meeting" -> send(new ReviewCommands.HoldMeeting(id, v, today, 12, 11, 1, "Biên bản"), secretary);
            case "vote" -> ((ReviewCommands.VoteResult) send(new ReviewCommands.HoldVote(id, v, VoteMethod.SECRET_BALLOT,
                    12, 11, Map.of(r, 11)), secretary)).version();
            case "proposal" -> send(new ReviewCommands.ProposeRating(id, v, r, null, null), secretary);
            case "decision" -> send(new ReviewCommands.DecideRating(id, v, r, "15-QĐ/TU", today),
                    actor("office", "OFFICE", Province.ROOT));
            case "announcement" -> send(new ReviewCommands.AnnounceRating(id, v, today), secretary);
            default -> throw new IllegalArgumentException(step);
        };
        if (result instanceof Long version) {
            versions.put(id, version);
        } else if (step.equals("open")) {
            // An opening returns the id, not a version (it also records the first deadlines), so the
            // next step goes without an expected version, as an HTTP client without an ETag would.
            versions.remove(id);
        }
    }

    // ---------------------------------------------------------------- reads over HTTP

    /**
     * One review's full history in this process: the call the history endpoint makes, with the
     * controller's arguments (no filter), read from the event store; the entries come back as records.
     * Not included: the endpoint's scope check, the read log's INSERT, the JSON.
     */
    public int historyInProcess(Subject s) {
        return history.read(reviewId(s), new HistoryFilter(null, null, null, null)).size();
    }

    /** One review's full history through GET /api/reviews/{id}/history; the body, unparsed. */
    public String historyOverHttp(Subject s) throws Exception {
        return http.get("/api/reviews/" + reviewId(s) + "/history");
    }

    /** The entries of a history body (parsed outside the timed interval). */
    public static int historyEntries(String body) throws Exception {
        JsonNode n = JSON.readTree(body);
        JsonNode items = n.isArray() ? n : n.path("events").isArray() ? n.path("events") : n.path("items");
        return items.size();
    }

    public String dashboard(String unitId) throws Exception {
        return http.get("/api/cycles/" + cycleId + "/dashboard" + (unitId == null ? "" : "?unitId=" + unitId));
    }

    public long listTotal(String query) throws Exception {
        return JSON.readTree(http.get("/api/reviews?cycleId=" + cycleId + query)).path("total").asLong();
    }

    // ---------------------------------------------------------------- read-model lag

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private List<StreamingEventProcessor> processors() {
        List<StreamingEventProcessor> l = new ArrayList<>();
        for (EventProcessor p : processing.eventProcessors().values()) {
            if (p instanceof StreamingEventProcessor sp) {
                l.add(sp);
            }
        }
        return l;
    }

    private boolean allReached(long target) {
        for (StreamingEventProcessor sp : processors()) {
            Map<Integer, EventTrackerStatus> status = sp.processingStatus();
            if (!sp.isRunning() || status.isEmpty()) {
                return false;
            }
            for (EventTrackerStatus st : status.values()) {
                if (st.isErrorState() || st.getCurrentPosition().orElse(-1) < target) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Waits until every projection has processed every event in the store now. */
    public void awaitCaughtUp(long timeoutMs) throws InterruptedException {
        long target = headPosition();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!allReached(target)) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("read models did not catch up within " + timeoutMs + " ms");
            }
            Thread.sleep(5);
        }
    }

    /**
     * Samples the event-to-read-model lag while the load runs: every 100 ms, the time from reading
     * the newest event's position until every projection has processed it.
     */
    public Thread lagSampler(Latencies into, AtomicBoolean stop) {
        Thread t = new Thread(() -> {
            while (!stop.get()) {
                long target = headPosition();
                long t0 = System.nanoTime();
                while (!allReached(target) && !stop.get()) {
                    sleep(2);
                }
                if (!stop.get()) {
                    into.record("lag", System.nanoTime() - t0);
                }
                sleep(100);
            }
        }, "lag-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- verification

    /** Every review announced: by the read model and by the event store. */
    public Map<String, Object> verify(int expected) throws Exception {
        awaitCaughtUp(300_000);
        long readModel = listTotal("&stage=ANNOUNCED&size=1");
        Long announcedEvents = jdbc.queryForObject(
                "select count(distinct aggregate_identifier) from domain_event_entry where payload_type like ?",
                Long.class, "%RatingAnnounced");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("expected", expected);
        m.put("announcedInReadModel", readModel);
        m.put("announcedInEventStore", announcedEvents);
        m.put("ok", readModel == expected && announcedEvents != null && announcedEvents == expected);
        return m;
    }

    /** The newest event's global index now (-1 when the store is empty). */
    public long lastGlobalIndex() {
        return jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
    }

    /** Events appended after a global index: {on review aggregates, in all (the cycle's included)}. */
    public long[] eventsAfter(long globalIndex) {
        long all = jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ?", Long.class,
                globalIndex);
        long cycle = jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ? "
                + "and aggregate_identifier = ?", Long.class, globalIndex, cycleId);
        return new long[] {all - cycle, all};
    }

    public long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    // ---------------------------------------------------------------- replay and aggregate loading

    /**
     * Rebuilds every read model through the product's replay (what an administrator starts with
     * {@code POST /api/admin/processors/{name}/replay}: one pass over the store per processor, in one
     * transaction, the previous model served until it commits); returns events per second over
     * both processors' rebuilds, timed from the first request until the last reports COMPLETED.
     */
    public double replayEventsPerSecond() throws Exception {
        awaitCaughtUp(300_000);
        long events = eventCount();
        String admin = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes());
        long t0 = System.nanoTime();
        for (String name : List.of("review-view", "cycles")) {
            var started = http.post(admin, "/api/admin/processors/" + name + "/replay", "{\"reason\": \"bench\"}");
            if (started.statusCode() != 202) {
                throw new IllegalStateException("replay of " + name + ": " + started.statusCode() + " " + started.body());
            }
            while (true) {
                JsonNode status = new ObjectMapper().readTree(http.get(admin, "/api/admin/processors/" + name + "/status"));
                String state = status.get("state").asText();
                if ("COMPLETED".equals(state)) {
                    break;
                }
                if (!"RUNNING".equals(state)) {
                    throw new IllegalStateException("replay of " + name + ": " + status);
                }
                Thread.sleep(20);
            }
        }
        return events / ((System.nanoTime() - t0) / 1e9);
    }

    /**
     * Empties every read model's table behind the application's back (the processors are idle, caught
     * up), so that the next rebuild writes every row: the rebuild writes over the previous rows and
     * skips those already right, so over an intact model it is at its cheapest, and this is its dearest.
     */
    public void emptyReadModels() throws Exception {
        awaitCaughtUp(300_000);
        for (String table : List.of("review_summary", "review_event_log", "review_task", "progress_review",
                "unit_progress", "quota_group_view", "cycle_unit", "cycle_view")) {
            jdbc.update("delete from " + table);
        }
    }

    /** The tables a rebuild of {@code review-view} writes, one or more rows per review. */
    private static final List<String> REVIEW_TABLES = List.of("review_summary", "review_task", "progress_review",
            "review_event_log");

    /**
     * What this H2 itself can do towards a rebuild, with no application code in the way: each table
     * the review-view rebuild writes is copied, finished rows and all, into a fresh copy of itself by
     * one {@code insert ... select} (the database's fastest path, one transaction per table). Returns
     * seconds for {with every index in place while rows go in (what a rebuild in one transaction
     * faces), without secondary indexes and then building them (what shadow tables would face)}.
     * Divided into the store's events, these are ceilings for the rebuild's events per second on this
     * machine, whatever the rebuild's own code does.
     */
    public double[] rebuildCeilingSeconds() {
        double withIndexes = 0;
        double indexesAfter = 0;
        for (String table : REVIEW_TABLES) {
            List<String> indexes = secondaryIndexes(table);
            String copy = table + "_ceiling";
            jdbc.execute("create table " + copy + " as select * from " + table + " with no data");
            keyed(copy, primaryKey(table));
            for (int i = 0; i < indexes.size(); i++) {
                jdbc.execute("create index " + copy + "_ix" + i + " on " + copy + " (" + indexes.get(i) + ")");
            }
            long t0 = System.nanoTime();
            jdbc.update("insert into " + copy + " select * from " + table);
            withIndexes += (System.nanoTime() - t0) / 1e9;
            jdbc.execute("drop table " + copy);

            jdbc.execute("create table " + copy + " as select * from " + table + " with no data");
            keyed(copy, primaryKey(table));
            t0 = System.nanoTime();
            jdbc.update("insert into " + copy + " select * from " + table);
            for (int i = 0; i < indexes.size(); i++) {
                jdbc.execute("create index " + copy + "_ix" + i + " on " + copy + " (" + indexes.get(i) + ")");
            }
            indexesAfter += (System.nanoTime() - t0) / 1e9;
            jdbc.execute("drop table " + copy);
        }
        return new double[] {withIndexes, indexesAfter};
    }

    /** {@code CREATE TABLE ... AS SELECT} keeps no constraint: the key's columns are made NOT NULL first. */
    private void keyed(String copy, List<String> key) {
        for (String column : key) {
            jdbc.execute("alter table " + copy + " alter column " + column + " set not null");
        }
        jdbc.execute("alter table " + copy + " add primary key (" + String.join(", ", key) + ")");
    }

    /** The columns of each index of {@code table} other than its primary key, as H2's catalogue lists them. */
    private List<String> secondaryIndexes(String table) {
        Map<String, List<String>> columns = new TreeMap<>();
        jdbc.query("select c.index_name, c.column_name from information_schema.index_columns c "
                + "join information_schema.indexes i on i.index_schema = c.index_schema and i.index_name = c.index_name "
                + "where lower(c.table_name) = ? and i.index_type_name <> 'PRIMARY KEY' "
                + "order by c.index_name, c.ordinal_position", rs -> {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, table);
        return columns.values().stream().map(c -> String.join(", ", c)).toList();
    }

    private List<String> primaryKey(String table) {
        return jdbc.queryForList("select c.column_name from information_schema.index_columns c "
                + "join information_schema.indexes i on i.index_schema = c.index_schema and i.index_name = c.index_name "
                + "where lower(c.table_name) = ? and i.index_type_name = 'PRIMARY KEY' order by c.ordinal_position",
                String.class, table);
    }

    /** Opens a review and records opinions on it until its stream holds {@code events} events. */
    public Subject longReview(Province province, int events) {
        Subject base0 = province.subjects.get(0);
        Subject s = new Subject(-1, "long-review", "Trần Văn Dài", base0.unitId(), base0.quotaGroupId(), Rating.GOOD);
        step(s, 0, "open");
        String id = reviewId(s);
        MetaData secretary = actor("secretary", "SECRETARY", s.unitId());
        long version = send(new ReviewCommands.RecordOpinion(id, null, UUID.randomUUID().toString(),
                OpinionSource.OTHER, "Người góp ý", null, "Ý kiến"), secretary);
        while (version < events - 1) {
            version = send(new ReviewCommands.RecordOpinion(id, version, UUID.randomUUID().toString(),
                    OpinionSource.OTHER, "Người góp ý " + version, null, "Ý kiến"), secretary);
        }
        return s;
    }

    /** Milliseconds (median of runs) to load the aggregate: {with snapshots, from the first event}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public double[] aggregateLoadMs(Subject s, int runs) throws Exception {
        String id = reviewId(s);
        Class<Object> type = (Class<Object>) Class.forName("vn.reviewledger.command.review.Review");
        Configuration cfg = ctx.getBean(Configuration.class);
        EventStore store = eventStore;
        // Not the configured repository: its review cache would answer from memory, not from the snapshot.
        Repository<Object> withSnapshots = new EventSourcingRepository<>(EventSourcingRepository.builder(type)
                .eventStore(store)
                .parameterResolverFactory(cfg.parameterResolverFactory())
                .handlerDefinition(cfg.handlerDefinition(type))) {
        };
        Repository<Object> fromStart = new EventSourcingRepository<>(EventSourcingRepository.builder(type)
                .eventStore(store)
                .parameterResolverFactory(cfg.parameterResolverFactory())
                .handlerDefinition(cfg.handlerDefinition(type))) {
            @Override
            protected DomainEventStream readEvents(String aggregateIdentifier) {
                return store.readEvents(aggregateIdentifier, 0L);
            }
        };
        Thread.sleep(2000); // let the snapshotter write the latest snapshot
        return new double[] {medianLoad(withSnapshots, id, runs), medianLoad(fromStart, id, runs)};
    }

    private static double medianLoad(Repository<Object> repo, String id, int runs) {
        long[] t = new long[runs];
        for (int i = 0; i < runs + 5; i++) {
            DefaultUnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
            long t0 = System.nanoTime();
            repo.load(id);
            long dt = System.nanoTime() - t0;
            uow.rollback();
            if (i >= 5) {
                t[i - 5] = dt;
            }
        }
        return Latencies.percentileMs(t, 50);
    }

    public double peakHeapMb() {
        return Machine.peakHeapMb();
    }

    @Override
    public void close() {
        ctx.close();
    }
}
