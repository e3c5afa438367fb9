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
import vn.reviewledger.kernel.review.ReviewCommands.RecordOpinion;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;

/**
 * On the first start of the embedded default, opens a demo cycle of the current review year and
 * drives about a hundred reviews to every stage, through the same commands a user sends, recorded
 * as the system actor. The plan is laid around today, so the dashboards show reviews on track, due
 * soon and overdue. Runs once: the cycle id is derived from organization and year.
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

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // Reviews of year Y happen in December of Y and January of Y+1.
        int year = today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1;
        String cycleId = Ids.cycleId(ORGANIZATION, year);
        if (eventStore.lastSequenceNumberFor(cycleId).isPresent()) {
            return;
        }
        log.info("Creating the demo cycle {} for {} with {} reviews", cycleId, year, properties.reviews());
        new Script(cycleId, year, today).run();
        log.info("Demo cycle ready");
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
            List<Unit> units = List.of(
                    new Unit("dbk", "Đảng bộ Khối Cơ quan tỉnh", null),
                    new Unit("cb-vp", "Chi bộ Văn phòng", "dbk"),
                    new Unit("cb-tc", "Chi bộ Ban Tổ chức", "dbk"),
                    new Unit("cb-kt", "Chi bộ Ủy ban Kiểm tra", "dbk"),
                    new Unit("db-sxd", "Đảng bộ Sở Xây dựng", "dbk"),
                    new Unit("cb-sxd-1", "Chi bộ Phòng Quy hoạch", "db-sxd"),
                    new Unit("cb-sxd-2", "Chi bộ Phòng Quản lý nhà", "db-sxd"));
            Map<Stage, DueRule> plan = new EnumMap<>(Stage.class);
            plan.put(Stage.SELF_REVIEW_SUBMITTED, DueRule.on(today.minusDays(2)));
            plan.put(Stage.OPINIONS_COLLECTED, DueRule.on(today.plusDays(2)));
            plan.put(Stage.MEETING_HELD, DueRule.on(today.plusDays(9)));
            plan.put(Stage.VOTED, DueRule.on(today.plusDays(9)));
            plan.put(Stage.PROPOSED, DueRule.on(today.plusDays(16)));
            plan.put(Stage.DECIDED, DueRule.on(today.plusDays(23)));
            plan.put(Stage.ANNOUNCED, DueRule.on(today.plusDays(35)));
            List<QuotaGroup> groups = new ArrayList<>();
            for (Unit u : units) {
                groups.add(new QuotaGroup("g-" + u.id(), "Đảng viên " + u.name(), null));
            }
            // The committee (level 1) decides and announces a week after its cells.
            Map<Stage, DueRule> committee = new EnumMap<>(Stage.class);
            committee.put(Stage.DECIDED, DueRule.on(today.plusDays(30)));
            committee.put(Stage.ANNOUNCED, DueRule.on(today.plusDays(42)));
            send(new OpenCycle(cycleId, ORGANIZATION, "Đảng bộ Khối Cơ quan tỉnh", year, ruleSet, null, units, plan,
                    Map.of(1, committee), groups, today.minusDays(20)));

            List<Unit> cells = units.stream().filter(u -> u.id().startsWith("cb-")).toList();
            Stage[] targets = {Stage.OPENED, Stage.SELF_REVIEW_SUBMITTED, Stage.OPINIONS_COLLECTED, Stage.MEETING_HELD,
                    Stage.VOTED, Stage.PROPOSED, Stage.DECIDED, Stage.ANNOUNCED, Stage.CLOSED, Stage.SELF_REVIEW_SUBMITTED,
                    Stage.OPENED, Stage.MEETING_HELD};
            List<Planned> toDecide = new ArrayList<>();
            for (int i = 0; i < properties.reviews(); i++) {
                Unit cell = cells.get(i % cells.size());
                String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " "
                        + GIVEN[(i * 7) % GIVEN.length];
                Subject subject = new Subject("dv-" + String.format("%04d", i + 1), name, SubjectKind.PARTY_MEMBER);
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

        /** A ballot of 11 present out of 12 whose cumulative count lands on the intended rating. */
        private Map<Rating, Integer> votesFor(Rating rating) {
            Map<Rating, Integer> votes = new EnumMap<>(Rating.class);
            switch (rating) {
                case EXCELLENT -> { votes.put(Rating.EXCELLENT, 8); votes.put(Rating.GOOD, 3); }
                case GOOD -> { votes.put(Rating.EXCELLENT, 2); votes.put(Rating.GOOD, 8); votes.put(Rating.COMPLETE, 1); }
                case COMPLETE -> { votes.put(Rating.GOOD, 3); votes.put(Rating.COMPLETE, 8); }
                case NOT_COMPLETE -> votes.put(Rating.NOT_COMPLETE, 11);
            }
            return votes;
        }
    }
}
