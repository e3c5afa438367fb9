package vn.reviewledger.command.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.reviewledger.command.cycle.RatingChange;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.common.VoteMethod;
import vn.reviewledger.kernel.review.ReviewCommands.OpenReview;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionCollectionClosed;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.RatingAnnounced;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingProposed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewMeetingHeld;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;
import vn.reviewledger.kernel.review.ReviewEvents.VoteHeld;

/**
 * The pasts the review specifications start from: who is reviewed (a member, a cadre, a party
 * organization, a member under Regulation 366) and how far the procedure has gone.
 */
final class ReviewTestData {

    static final String REVIEW_ID = "review-1";
    static final String CYCLE_ID = "cycle-dang-uy-khoi-2024";
    static final String QUOTA_GROUP = "qg-dang-vien";
    static final String UNIT_ID = "chi-bo-van-phong";
    /** The cell under a province committee, as the cycle records it when the review opens. */
    static final List<String> UNIT_PATH = List.of("tinh-uy", UNIT_ID);
    static final LocalDate CYCLE_OPENS = LocalDate.of(2024, 11, 1);
    static final LocalDate SELF_REVIEW_DUE = LocalDate.of(2024, 11, 15);
    static final LocalDate SUBMITTED_ON = LocalDate.of(2024, 11, 12);
    static final LocalDate MEETING_ON = LocalDate.of(2024, 11, 28);
    static final LocalDate DECIDED_ON = LocalDate.of(2024, 12, 16);
    static final String DECISION_NO = "125-QĐ/ĐU";

    private ReviewTestData() {
    }

    static Opening partyMember() {
        return new Opening(new Subject("dv-001", "Nguyễn Thị Hương", SubjectKind.PARTY_MEMBER), 2024, RuleSetId.REG_124,
                RuleParameters.reg124Defaults(), CYCLE_OPENS);
    }

    static Opening leadershipCadre() {
        return new Opening(new Subject("cb-001", "Trần Văn Đức", SubjectKind.LEADERSHIP_CADRE), 2024, RuleSetId.REG_124,
                RuleParameters.reg124Defaults(), CYCLE_OPENS);
    }

    static Opening partyOrganization() {
        return new Opening(new Subject("cb-vp", "Chi bộ Văn phòng", SubjectKind.PARTY_ORGANIZATION), 2024,
                RuleSetId.REG_124, RuleParameters.reg124Defaults(), CYCLE_OPENS);
    }

    /** A member of a 2025 cycle: Regulation 366, rated by a score out of 100. */
    static Opening reg366Member() {
        return new Opening(new Subject("dv-002", "Lê Minh Khôi", SubjectKind.PARTY_MEMBER), 2025, RuleSetId.REG_366,
                RuleParameters.reg366Defaults(), LocalDate.of(2025, 11, 3));
    }

    static Opening reg366Cadre() {
        return new Opening(new Subject("cb-002", "Phạm Thị Lan", SubjectKind.LEADERSHIP_CADRE), 2025, RuleSetId.REG_366,
                RuleParameters.reg366Defaults(), LocalDate.of(2025, 11, 3));
    }

    static Opening reg366Organization() {
        return new Opening(new Subject("cb-vp", "Chi bộ Văn phòng", SubjectKind.PARTY_ORGANIZATION), 2025,
                RuleSetId.REG_366, RuleParameters.reg366Defaults(), LocalDate.of(2025, 11, 3));
    }

    static Map<Stage, LocalDate> plan(int year) {
        Map<Stage, LocalDate> plan = new EnumMap<>(Stage.class);
        plan.put(Stage.SELF_REVIEW_SUBMITTED, LocalDate.of(year, 11, 15));
        plan.put(Stage.OPINIONS_COLLECTED, LocalDate.of(year, 11, 22));
        plan.put(Stage.MEETING_HELD, LocalDate.of(year, 12, 2));
        plan.put(Stage.VOTED, LocalDate.of(year, 12, 2));
        plan.put(Stage.PROPOSED, LocalDate.of(year, 12, 9));
        plan.put(Stage.DECIDED, LocalDate.of(year, 12, 16));
        plan.put(Stage.ANNOUNCED, LocalDate.of(year, 12, 23));
        return plan;
    }

    /** Who is reviewed and under which rules; {@link #event()} is the review's first event. */
    static final class Opening {
        final Subject subject;
        final int year;
        final RuleSetId ruleSet;
        final RuleParameters parameters;
        final LocalDate cycleOpensOn;
        String quotaGroupId = QUOTA_GROUP;
        boolean leadershipPost;
        boolean civilServant;
        boolean outsidePoliticalSystem;
        LocalDate admittedOn = LocalDate.of(2012, 3, 3);
        LocalDate selfReviewedOn = SUBMITTED_ON;

        private Opening(Subject subject, int year, RuleSetId ruleSet, RuleParameters parameters, LocalDate cycleOpensOn) {
            this.subject = subject;
            this.year = year;
            this.ruleSet = ruleSet;
            this.parameters = parameters;
            this.cycleOpensOn = cycleOpensOn;
        }

        Opening withLeadershipPost() {
            leadershipPost = true;
            return this;
        }

        /** Regulation 366's form 2C: retired, studying, in a private firm. */
        Opening outsideThePoliticalSystem() {
            outsidePoliticalSystem = true;
            return this;
        }

        Opening asCivilServant() {
            civilServant = true;
            return this;
        }

        Opening admittedOn(LocalDate date) {
            admittedOn = date;
            return this;
        }

        /** For a collective: the day the draft report (form 01) went out to the members. */
        Opening selfReviewedOn(LocalDate date) {
            selfReviewedOn = date;
            return this;
        }

        Opening inQuotaGroup(String id) {
            quotaGroupId = id;
            return this;
        }

        SubjectKind kind() {
            return subject.kind();
        }

        /** The form the review's guidance asks for: 25 (2023–2024) or 43 (2025 on). */
        SelfReviewForm form() {
            if (kind().isCollective()) {
                return SelfReviewForm.F01;
            }
            boolean post = leadershipPost || kind() == SubjectKind.LEADERSHIP_CADRE;
            if (ruleSet == RuleSetId.REG_366) {
                return post ? SelfReviewForm.F2A : outsidePoliticalSystem ? SelfReviewForm.F2C : SelfReviewForm.F2B;
            }
            return post ? SelfReviewForm.F02B : SelfReviewForm.F02A;
        }

        boolean scored() {
            return ruleSet == RuleSetId.REG_366;
        }

        ReviewOpened event() {
            return new ReviewOpened(REVIEW_ID, CYCLE_ID, year, ruleSet, parameters, subject, UNIT_ID, 2, quotaGroupId,
                    leadershipPost, civilServant, false, kind().isCollective() ? null : admittedOn, cycleOpensOn,
                    plan(year), UNIT_PATH, outsidePoliticalSystem);
        }

        /** The command that opens this review. */
        OpenReview command() {
            return new OpenReview(REVIEW_ID, CYCLE_ID, subject, UNIT_ID, quotaGroupId, leadershipPost, civilServant, false,
                    kind().isCollective() ? null : admittedOn);
        }

        /** What the cycle is told when this review is decided (previous is null for a first decision). */
        RatingChange change(Rating previous, Rating rating) {
            return new RatingChange(REVIEW_ID, UNIT_ID, kind(), subject.name(), false, previous, rating);
        }

        /** The past of this review, step by step. */
        Past past() {
            return new Past(this);
        }
    }

    /**
     * The events of a review so far. Each step method brings a freshly opened review up to that
     * stage (it includes the steps before it), so call one of them first, then {@link #then} for
     * further facts.
     */
    static final class Past {
        private final Opening opening;
        private final List<Object> events = new ArrayList<>();
        private Rating voteOutcome;

        private Past(Opening opening) {
            this.opening = opening;
            events.add(opening.event());
        }

        Past selfReviewed() {
            if (events.size() != 1) {
                throw new IllegalStateException("a step method brings a fresh review up to its stage; use then(..) after it");
            }
            boolean scored = opening.ruleSet == RuleSetId.REG_366;
            events.add(new SelfReviewSubmitted(REVIEW_ID, opening.form(), Rating.GOOD, scored ? 80 : null,
                    "Tự kiểm điểm năm " + opening.year, opening.selfReviewedOn));
            return this;
        }

        /** Every source the rule set requires has spoken, and collection is closed. */
        Past opinionsCollected() {
            selfReviewed();
            var sources = opening.parameters.requiredSourcesFor(opening.kind());
            int n = 0;
            for (OpinionSource source : sources) {
                events.add(new OpinionRecorded(REVIEW_ID, "op-" + (++n), source, null, "Bí thư chi bộ", "Nhất trí"));
            }
            events.add(new OpinionCollectionClosed(REVIEW_ID, sources));
            return this;
        }

        Past meetingHeld() {
            opinionsCollected();
            events.add(new ReviewMeetingHeld(REVIEW_ID, MEETING_ON, 10, 9, 1, "Biên bản họp chi bộ"));
            return this;
        }

        Past voted(Rating outcome) {
            meetingHeld();
            voteOutcome = outcome;
            events.add(new VoteHeld(REVIEW_ID, 1, VoteMethod.SECRET_BALLOT, 10, 9, Map.of(outcome, 9), outcome));
            return this;
        }

        /** Under Regulation 366 with a score in the rating's band (Excellent 92, Good 80, Complete 60, else 40). */
        Past proposed(Rating rating) {
            return proposed(rating, opening.scored() ? scoreIn(rating) : null);
        }

        static int scoreIn(Rating rating) {
            return switch (rating) {
                case EXCELLENT -> 92;
                case GOOD -> 80;
                case COMPLETE -> 60;
                case NOT_COMPLETE -> 40;
            };
        }

        Past proposed(Rating rating, Integer score) {
            voted(rating);
            events.add(new RatingProposed(REVIEW_ID, rating, score, voteOutcome, null));
            return this;
        }

        Past decided(Rating rating) {
            proposed(rating);
            events.add(new RatingDecided(REVIEW_ID, opening.quotaGroupId, rating, DECISION_NO, DECIDED_ON,
                    opening.scored() ? scoreIn(rating) : null, null));
            return this;
        }

        Past announced(Rating rating) {
            decided(rating);
            events.add(new RatingAnnounced(REVIEW_ID, LocalDate.of(opening.year, 12, 20)));
            return this;
        }

        /** Any further fact, in the order it happened. */
        Past then(Object... more) {
            events.addAll(List.of(more));
            return this;
        }

        List<Object> events() {
            return List.copyOf(events);
        }
    }
}
