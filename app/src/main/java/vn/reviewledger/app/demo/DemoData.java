package vn.reviewledger.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.common.VoteMethod;
import vn.reviewledger.kernel.cycle.CycleCommands.OpenCycle;
import vn.reviewledger.kernel.cycle.DueRule;
import vn.reviewledger.kernel.review.ReviewCommands.AnnounceRating;
import vn.reviewledger.kernel.review.ReviewCommands.CloseOpinionCollection;
import vn.reviewledger.kernel.review.ReviewCommands.CloseReview;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.ExemptReview;
import vn.reviewledger.kernel.review.ReviewCommands.HoldMeeting;
import vn.reviewledger.kernel.review.ReviewCommands.HoldVote;
import vn.reviewledger.kernel.review.ReviewCommands.OpenReview;
import vn.reviewledger.kernel.review.ReviewCommands.ProposeRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordDiscipline;
import vn.reviewledger.kernel.review.ReviewCommands.RecordOpinion;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;

/**
 * On the first start of the embedded default, opens demo cycles — 2024 under Regulation 124 (about a
 * hundred reviews), 2025 under Regulation 366 ({@link Reg366Demo}), and a small closed 2023 cycle —
 * and drives their reviews to every stage, through the same commands a user sends, recorded as the
 * system actor. The plans are laid around today, so the dashboards show reviews on track, due soon
 * and overdue. Runs once per cycle: a cycle id is derived from organization and year.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String ORGANIZATION = "dbk";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quốc", "Thu", "Hồng"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa",
            "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Quỳnh",
            "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Uyên", "Việt", "Yến"};

    private final DemoProperties properties;
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;

    DemoData(DemoProperties properties, CommandGateway commands, EventStore eventStore, Clock clock) {
        this.properties = properties;
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** The last review year of Regulation 124-QĐ/TW; the REG_366 demo cycle is the year after. */
    static final int REG_124_YEAR = 2024;

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // Three cycles of one organization: 2023 (closed, REG_124; a discipline recorded in 2024 for
        // a fault of 2023 asks for its re-rating), 2024 (REG_124) and 2025 (REG_366), the open ones
        // with their plans laid around today. Each is created once: its id is derived from the year.
        once(REG_124_YEAR - 1, today, () -> new Script(Ids.cycleId(ORGANIZATION, REG_124_YEAR - 1),
                REG_124_YEAR - 1, today).runClosed());
        once(REG_124_YEAR, today, () -> new Script(Ids.cycleId(ORGANIZATION, REG_124_YEAR), REG_124_YEAR, today).run());
        once(REG_124_YEAR + 1, today, () -> new Reg366Demo(this::send, Ids.cycleId(ORGANIZATION, REG_124_YEAR + 1),
                REG_124_YEAR + 1, today, Math.max(12, properties.reviews() / 2)).run());
    }

    private void once(int year, LocalDate today, Runnable script) {
        String cycleId = Ids.cycleId(ORGANIZATION, year);
        if (eventStore.lastSequenceNumberFor(cycleId).isPresent()) {
            return;
        }
        log.info("Creating the demo cycle {} for {} ({})", cycleId, year, RuleSetId.forYear(year));
        script.run();
        log.info("Demo cycle {} ready", year);
    }

    static List<Unit> units() {
        return List.of(
                new Unit("dbk", "Đảng bộ Khối Cơ quan tỉnh", null),
                new Unit("cb-vp", "Chi bộ Văn phòng", "dbk"),
                new Unit("cb-tc", "Chi bộ Ban Tổ chức", "dbk"),
                new Unit("cb-kt", "Chi bộ Ủy ban Kiểm tra", "dbk"),
                new Unit("db-sxd", "Đảng bộ Sở Xây dựng", "dbk"),
                new Unit("cb-sxd-1", "Chi bộ Phòng Quy hoạch", "db-sxd"),
                new Unit("cb-sxd-2", "Chi bộ Phòng Quản lý nhà", "db-sxd"));
    }

    /** The i-th demo person: the same name and id in every cycle, so a later year finds the earlier review. */
    static Subject person(int i, SubjectKind kind) {
        String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " "
                + GIVEN[(i * 7) % GIVEN.length];
        return new Subject("dv-" + String.format("%04d", i + 1), name, kind);
    }

    /** Due dates around today, so dashboards show reviews on track, due soon and overdue. */
    static Map<Stage, DueRule> plan(LocalDate today) {
        Map<Stage, DueRule> plan = new EnumMap<>(Stage.class);
        plan.put(Stage.SELF_REVIEW_SUBMITTED, DueRule.on(today.minusDays(2)));
        plan.put(Stage.OPINIONS_COLLECTED, DueRule.on(today.plusDays(2)));
        plan.put(Stage.MEETING_HELD, DueRule.on(today.plusDays(9)));
        plan.put(Stage.VOTED, DueRule.on(today.plusDays(9)));
        plan.put(Stage.PROPOSED, DueRule.on(today.plusDays(16)));
        plan.put(Stage.DECIDED, DueRule.on(today.plusDays(23)));
        plan.put(Stage.ANNOUNCED, DueRule.on(today.plusDays(35)));
        return plan;
    }

    /** The committee (level 1) decides and announces a week after its cells. */
    static Map<Integer, Map<Stage, DueRule>> committeePlan(LocalDate today) {
        Map<Stage, DueRule> committee = new EnumMap<>(Stage.class);
        committee.put(Stage.DECIDED, DueRule.on(today.plusDays(30)));
        committee.put(Stage.ANNOUNCED, DueRule.on(today.plusDays(42)));
        return Map.of(1, committee);
    }

    /** A ballot of 11 present out of 12 whose cumulative count lands on the intended rating. */
    static Map<Rating, Integer> votesFor(Rating rating) {
        Map<Rating, Integer> votes = new EnumMap<>(Rating.class);
        switch (rating) {
            case EXCELLENT -> { votes.put(Rating.EXCELLENT, 8); votes.put(Rating.GOOD, 3); }
            case GOOD -> { votes.put(Rating.EXCELLENT, 2); votes.put(Rating.GOOD, 8); votes.put(Rating.COMPLETE, 1); }
            case COMPLETE -> { votes.put(Rating.GOOD, 3); votes.put(Rating.COMPLETE, 8); }
            case NOT_COMPLETE -> votes.put(Rating.NOT_COMPLETE, 11);
        }
        return votes;
    }

    private <R> R send(Object command) {
        MetaData meta = MetaData.with(AuditKeys.ACTOR_ID, AuditKeys.SYSTEM_ACTOR)
                .and(AuditKeys.ACTOR_ROLE, AuditKeys.SYSTEM_ROLE)
                .and(AuditKeys.ACTOR_UNIT, "")
                .and(AuditKeys.REQUEST_ID, UUID.randomUUID().toString())
                .and(AuditKeys.CLIENT_TIME, "")
                .and(AuditKeys.REASON, "Dữ liệu trình diễn");
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
    }

    /** One run of the demo: a cycle, its units, and reviews stopped at every stage. */
    private final class Script {
        private final String cycleId;
        private final int year;
        private final LocalDate today;
        private final RuleSetId ruleSet;

        Script(String cycleId, int year, LocalDate today) {
            this.cycleId = cycleId;
            this.year = year;
            this.today = today;
            this.ruleSet = RuleSetId.forYear(year);
        }

        void run() {
            open();
            List<Unit> cells = units().stream().filter(u -> u.id().startsWith("cb-")).toList();
            Stage[] targets = {Stage.OPENED, Stage.SELF_REVIEW_SUBMITTED, Stage.OPINIONS_COLLECTED, Stage.MEETING_HELD,
                    Stage.VOTED, Stage.PROPOSED, Stage.DECIDED, Stage.ANNOUNCED, Stage.CLOSED, Stage.SELF_REVIEW_SUBMITTED,
                    Stage.OPENED, Stage.MEETING_HELD};
            List<Planned> toDecide = new ArrayList<>();
            for (int i = 0; i < properties.reviews(); i++) {
                Unit cell = cells.get(i % cells.size());
                Subject subject = person(i, SubjectKind.PARTY_MEMBER);
                Stage target = i == 13 ? Stage.EXEMPTED : targets[i % targets.length];
                Rating rating = i % 10 == 0 ? Rating.EXCELLENT : i % 10 == 9 ? Rating.COMPLETE : Rating.GOOD;
                String id = drive(subject, cell.id(), "g-" + cell.id(), target, rating, SelfReviewForm.F02A);
                if (target.atLeast(Stage.DECIDED)) {
                    toDecide.add(new Planned(id, target, rating));
                }
            }
            // Decided as an office would: the Good first, then Excellent as far as the quota allows.
            toDecide.sort((a, b) -> Boolean.compare(a.rating() == Rating.EXCELLENT, b.rating() == Rating.EXCELLENT));
            for (Planned p : toDecide) {
                decideAndFinish(p);
            }
            for (Unit cell : cells) {
                Subject collective = new Subject("tc-" + cell.id(), cell.name(), SubjectKind.PARTY_ORGANIZATION);
                drive(collective, cell.id(), null, Stage.OPINIONS_COLLECTED, Rating.GOOD, SelfReviewForm.F01);
            }
            // Quy định 124-QĐ/TW Art. 12 §4.5: a reprimand imposed now for a fault of the year before;
            // the earlier year's review of the same member gets a re-rating request (an office task).
            String disciplined = Ids.reviewId(cycleId, cells.get(0).id(), SubjectKind.PARTY_MEMBER,
                    person(0, SubjectKind.PARTY_MEMBER).id());
            send(new RecordDiscipline(disciplined, null, today.minusDays(3), DisciplineForm.KHIEN_TRACH, false, false,
                    LocalDate.of(year - 1, 6, 10), true));
        }

        /** The cycle before: a few members of the first cell, decided Good and closed. */
        void runClosed() {
            open();
            Unit cell = units().get(1);
            for (int i = 0; i < 5; i++) {
                int person = i * 5; // the people the next year's script puts in the same cell
                String id = drive(person(person, SubjectKind.PARTY_MEMBER), cell.id(), "g-" + cell.id(), Stage.CLOSED,
                        Rating.GOOD, SelfReviewForm.F02A);
                decideAndFinish(new Planned(id, Stage.CLOSED, Rating.GOOD));
            }
        }

        private void open() {
            List<QuotaGroup> groups = new ArrayList<>();
            for (Unit u : units()) {
                groups.add(new QuotaGroup("g-" + u.id(), "Đảng viên " + u.name(), null));
            }
            send(new OpenCycle(cycleId, ORGANIZATION, "Đảng bộ Khối Cơ quan tỉnh", year, ruleSet, null, units(),
                    plan(today), committeePlan(today), groups, today.minusDays(20)));
        }

        private record Planned(String reviewId, Stage target, Rating rating) {
        }

        /** Drives a review up to its target, stopping before the decision; answers its id. */
        private String drive(Subject subject, String unitId, String group, Stage target, Rating rating,
                             SelfReviewForm form) {
            String id = Ids.reviewId(cycleId, unitId, subject.kind(), subject.id());
            send(new OpenReview(id, cycleId, subject, unitId, group, false, false, false, LocalDate.of(2010, 3, 2)));
            if (target == Stage.EXEMPTED) {
                send(new ExemptReview(id, null, ExemptionReason.EXEMPTED_FROM_PARTY_WORK, "Miễn sinh hoạt đảng"));
                return id;
            }
            Integer score = score(rating);
            step(target, Stage.SELF_REVIEW_SUBMITTED, () -> send(new SubmitSelfReview(id, null, form, rating, score,
                    "Bản tự kiểm điểm năm " + year, today.minusDays(6))));
            step(target, Stage.OPINIONS_COLLECTED, () -> {
                OpinionSource source = subject.kind().isCollective() ? OpinionSource.SUPERIOR : OpinionSource.RESIDENCE_CELL;
                send(new RecordOpinion(id, null, UUID.randomUUID().toString(), source, null, "Chi ủy khu dân cư số 3",
                        "Gương mẫu, chấp hành tốt quy định nơi cư trú."));
                send(new CloseOpinionCollection(id, null));
            });
            step(target, Stage.MEETING_HELD, () -> send(new HoldMeeting(id, null, today.minusDays(4), 12, 11, 1,
                    "Biên bản hội nghị kiểm điểm")));
            step(target, Stage.VOTED, () -> send(new HoldVote(id, null, VoteMethod.SECRET_BALLOT, 12, 11,
                    votesFor(rating))));
            step(target, Stage.PROPOSED, () -> send(new ProposeRating(id, null, rating, score, null)));
            return id;
        }

        private void decideAndFinish(Planned p) {
            try {
                send(new DecideRating(p.reviewId(), null, p.rating(), "15-QĐ/ĐUK", today.minusDays(2)));
            } catch (RuntimeException overQuota) {
                // The quota is full: the office decides Good instead, as it would in life.
                send(new DecideRating(p.reviewId(), null, Rating.GOOD, "15-QĐ/ĐUK", today.minusDays(2)));
            }
            step(p.target(), Stage.ANNOUNCED, () -> send(new AnnounceRating(p.reviewId(), null, today.minusDays(1))));
            step(p.target(), Stage.CLOSED, () -> send(new CloseReview(p.reviewId(), null, "Hoàn tất")));
        }

        private Integer score(Rating rating) {
            return ruleSet == RuleSetId.REG_366 ? scoreFor(rating) : null;
        }

        private void step(Stage target, Stage stage, Runnable action) {
            if (target.atLeast(stage)) {
                action.run();
            }
        }

        private Integer scoreFor(Rating rating) {
            return switch (rating) {
                case EXCELLENT -> 93;
                case GOOD -> 82;
                case COMPLETE -> 65;
                case NOT_COMPLETE -> 40;
            };
        }
    }
}
