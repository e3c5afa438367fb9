package vn.reviewledger.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
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
import vn.reviewledger.kernel.review.ReviewCommands.AnnounceRating;
import vn.reviewledger.kernel.review.ReviewCommands.CloseOpinionCollection;
import vn.reviewledger.kernel.review.ReviewCommands.CloseReview;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.ExemptReview;
import vn.reviewledger.kernel.review.ReviewCommands.HoldMeeting;
import vn.reviewledger.kernel.review.ReviewCommands.HoldVote;
import vn.reviewledger.kernel.review.ReviewCommands.OpenReview;
import vn.reviewledger.kernel.review.ReviewCommands.ProposeRating;
import vn.reviewledger.kernel.review.ReviewCommands.ReclassifyRating;
import vn.reviewledger.kernel.review.ReviewCommands.RecordEarlierShortcomings;
import vn.reviewledger.kernel.review.ReviewCommands.RecordOpinion;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;

/**
 * The demo cycle under Regulation 366-QĐ/TW and Guidance 43-HD/BTCTW: scores on the 100-point
 * framework, forms 2A / 2B / 2C, a leadership collective and party organizations beside the members,
 * reviews stopped at every stage. It keeps to the rules the domain enforces: a self-score, a
 * proposal score whose band the rating does not exceed, a reason for a rating below its band; the
 * residence cell's opinion on every individual but a 2C member, the leadership collective's on a
 * cadre, the superior's on a collective; Excellent at most 20% of Good per group (one group marked
 * exceptional at 25%, with its reason); an organization decided only after all its members.
 */
final class Reg366Demo {

    /** The cell whose members are all decided, so its party organization can be decided too. */
    private static final String FINISHED_CELL = "cb-kt";
    /** The cell whose members are opened without a group: they count in its default group. */
    private static final String DEFAULT_GROUP_CELL = "cb-tc";
    private static final String DECISION = "25-QĐ/ĐUK";

    private final Function<Object, Object> send;
    private final String cycleId;
    private final int year;
    private final LocalDate today;
    private final int reviews;

    Reg366Demo(Function<Object, Object> send, String cycleId, int year, LocalDate today, int reviews) {
        this.send = send;
        this.cycleId = cycleId;
        this.year = year;
        this.today = today;
        this.reviews = reviews;
    }

    private record Planned(String reviewId, Stage target, Rating rating, int score) {
    }

    void run() {
        List<Unit> units = DemoData.units();
        List<QuotaGroup> groups = new ArrayList<>();
        for (Unit u : units) {
            if (u.id().equals(DEFAULT_GROUP_CELL)) {
                continue;
            }
            groups.add(u.id().equals("cb-vp")
                    ? new QuotaGroup("g-" + u.id(), "Đảng viên " + u.name(), new BigDecimal("0.25"),
                            "Chi bộ có nhiều đảng viên được khen thưởng cấp tỉnh trong năm (Nghị quyết 12-NQ/ĐUK)")
                    : new QuotaGroup("g-" + u.id(), "Đảng viên " + u.name(), null));
        }
        groups.add(new QuotaGroup("g-cadres", "Cán bộ lãnh đạo, quản lý", null));
        send.apply(new OpenCycle(cycleId, DemoData.ORGANIZATION, "Đảng bộ Khối Cơ quan tỉnh", year, RuleSetId.REG_366,
                null, units, DemoData.plan(today), DemoData.committeePlan(today), groups, today.minusDays(20)));

        List<Unit> cells = units.stream().filter(u -> u.id().startsWith("cb-")).toList();
        Stage[] targets = {Stage.OPENED, Stage.SELF_REVIEW_SUBMITTED, Stage.OPINIONS_COLLECTED, Stage.MEETING_HELD,
                Stage.VOTED, Stage.PROPOSED, Stage.DECIDED, Stage.ANNOUNCED, Stage.CLOSED};
        List<Planned> toDecide = new ArrayList<>();
        for (int i = 0; i < reviews; i++) {
            Unit cell = cells.get(i % cells.size());
            boolean cadre = i % 8 == 3;
            boolean outside = !cadre && i % 6 == 1;
            Subject subject = DemoData.person(i, cadre ? SubjectKind.LEADERSHIP_CADRE : SubjectKind.PARTY_MEMBER);
            Stage target = cell.id().equals(FINISHED_CELL) ? (i % 2 == 0 ? Stage.CLOSED : Stage.ANNOUNCED)
                    : targets[(i / cells.size()) % targets.length];
            int score = i % 10 == 0 ? 94 : i % 10 == 9 ? 66 : i % 7 == 2 ? 91 : 80 + i % 9;
            Rating rating = band(score);
            String group = cell.id().equals(DEFAULT_GROUP_CELL) ? null : cadre ? "g-cadres" : "g-" + cell.id();
            String id = Ids.reviewId(cycleId, cell.id(), subject.kind(), subject.id());
            send.apply(new OpenReview(id, cycleId, subject, cell.id(), group, cadre, false, false,
                    LocalDate.of(2012, 5, 19), outside));
            if (i == 17) {
                send.apply(new ExemptReview(id, null, ExemptionReason.SUSPENDED, "Đình chỉ sinh hoạt đảng 90 ngày"));
                continue;
            }
            if (rating == Rating.EXCELLENT || i % 11 == 4) {
                // Excellent needs every shortcoming of the earlier reviews remedied (Art. 11 §1).
                boolean all = rating == Rating.EXCELLENT;
                send.apply(new RecordEarlierShortcomings(id, null, 2, all ? 2 : 1,
                        all ? "Đã khắc phục hạn chế về thời gian nộp báo cáo" : "Còn một hạn chế đang khắc phục"));
            }
            drive(id, subject, cadre, outside, target, rating, score);
            if (target.atLeast(Stage.DECIDED)) {
                toDecide.add(new Planned(id, target, rating, score));
            }
        }
        // Good first, then Excellent as far as each group's quota allows: over it, Good with the reason.
        toDecide.sort(Comparator.comparing(p -> p.rating() == Rating.EXCELLENT));
        for (Planned p : toDecide) {
            decideAndFinish(p);
        }
        // The leadership collective of the Department's committee, and each cell's party organization;
        // the finished cell's is decided (all its members are), the others wait for their members.
        Subject collective = new Subject("tt-db-sxd", "Ban Thường vụ Đảng ủy Sở Xây dựng",
                SubjectKind.LEADERSHIP_COLLECTIVE);
        String collectiveId = Ids.reviewId(cycleId, "db-sxd", collective.kind(), collective.id());
        send.apply(new OpenReview(collectiveId, cycleId, collective, "db-sxd", null, false, false, false, null, false));
        drive(collectiveId, collective, false, false, Stage.PROPOSED, Rating.GOOD, 84);
        for (Unit cell : cells) {
            Subject organization = new Subject("tc-" + cell.id(), cell.name(), SubjectKind.PARTY_ORGANIZATION);
            String id = Ids.reviewId(cycleId, cell.id(), organization.kind(), organization.id());
            send.apply(new OpenReview(id, cycleId, organization, cell.id(), null, false, false, false, null, false));
            boolean finished = cell.id().equals(FINISHED_CELL);
            drive(id, organization, false, false, finished ? Stage.PROPOSED : Stage.SELF_REVIEW_SUBMITTED, Rating.GOOD,
                    86);
            if (finished) {
                decideAndFinish(new Planned(id, Stage.ANNOUNCED, Rating.GOOD, 86));
            }
        }
    }

    /** Bands of the 100-point framework: 90 Excellent, 70 Good, 50 Complete. */
    private static Rating band(int score) {
        return score >= 90 ? Rating.EXCELLENT : score >= 70 ? Rating.GOOD : score >= 50 ? Rating.COMPLETE
                : Rating.NOT_COMPLETE;
    }

    /** Drives a review up to its target, stopping before the decision. */
    private void drive(String id, Subject subject, boolean cadre, boolean outside, Stage target, Rating rating,
                       int score) {
        boolean collective = subject.kind().isCollective();
        SelfReviewForm form = collective ? SelfReviewForm.F01 : cadre ? SelfReviewForm.F2A
                : outside ? SelfReviewForm.F2C : SelfReviewForm.F2B;
        // A collective's draft report goes out at least 3 working days before the meeting.
        step(target, Stage.SELF_REVIEW_SUBMITTED, () -> send.apply(new SubmitSelfReview(id, null, form, rating,
                score, "Bản tự kiểm điểm năm " + year, today.minusDays(12))));
        step(target, Stage.OPINIONS_COLLECTED, () -> {
            if (collective) {
                opinion(id, OpinionSource.SUPERIOR, "Ban Thường vụ Đảng ủy Khối",
                        "Lãnh đạo hoàn thành các chỉ tiêu nghị quyết năm.");
            } else {
                if (!outside) {
                    opinion(id, OpinionSource.RESIDENCE_CELL, "Chi ủy khu dân cư số 3",
                            "Gương mẫu, chấp hành tốt quy định nơi cư trú.");
                }
                if (cadre) {
                    opinion(id, OpinionSource.LEADERSHIP_COLLECTIVE, "Tập thể lãnh đạo cơ quan",
                            "Điều hành đơn vị hoàn thành kế hoạch công tác.");
                }
            }
            send.apply(new CloseOpinionCollection(id, null));
        });
        step(target, Stage.MEETING_HELD, () -> send.apply(new HoldMeeting(id, null, today.minusDays(4), 12, 11, 1,
                "Biên bản hội nghị kiểm điểm")));
        step(target, Stage.VOTED, () -> send.apply(new HoldVote(id, null, VoteMethod.SECRET_BALLOT, null, null,
                DemoData.votesFor(rating))));
        step(target, Stage.PROPOSED, () -> send.apply(new ProposeRating(id, null, rating, score, null)));
    }

    private void opinion(String id, OpinionSource source, String body, String content) {
        send.apply(new RecordOpinion(id, null, UUID.randomUUID().toString(), source, null, body, content));
    }

    private void decideAndFinish(Planned p) {
        try {
            send.apply(new DecideRating(p.reviewId(), null, p.rating(), DECISION, today.minusDays(2), null, null));
        } catch (RuntimeException overQuota) {
            // Over the group's quota: Good, below the score's band, so with the reason (Art. 11 §2).
            send.apply(new DecideRating(p.reviewId(), null, Rating.GOOD, DECISION, today.minusDays(2), null,
                    "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ của nhóm"));
        }
        step(p.target(), Stage.ANNOUNCED, () -> send.apply(new AnnounceRating(p.reviewId(), null, today.minusDays(1))));
        step(p.target(), Stage.CLOSED, () -> send.apply(new CloseReview(p.reviewId(), null, "Hoàn tất")));
        if (p.target() == Stage.CLOSED && p.rating() == Rating.GOOD && p.score() % 9 == 1) {
            // The superior re-rates after close, with its reason and score (Art. 15 §3).
            send.apply(new ReclassifyRating(p.reviewId(), null, Rating.COMPLETE, "31-QĐ/ĐUK",
                    "Kết luận kiểm tra của Ủy ban Kiểm tra Đảng ủy Khối", 68));
        }
    }

    private static void step(Stage target, Stage stage, Runnable action) {
        if (target.atLeast(stage)) {
            action.run();
        }
    }
}
