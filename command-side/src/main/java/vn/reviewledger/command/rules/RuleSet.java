package vn.reviewledger.command.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * The rules a review is judged by, as one regulation lays them down. Read this class to see the
 * regulation: each field is one rule, each with its parameters from the cycle's pinned
 * {@link RuleParameters}. Rule sets are plain objects, rebuilt from the pinned id and parameters,
 * so an aggregate snapshot never has to carry them.
 */
public final class RuleSet {

    private final RuleSetId id;
    private final RuleParameters parameters;

    public final StageOrderRule stageOrder = new StageOrderRule();
    public final SelfReviewFormRule selfReviewForm = new SelfReviewFormRule();
    public final SelfAssessmentRule selfAssessment;
    public final RequiredOpinionSourcesRule opinionSources;
    public final QuorumRule quorum;
    public final CumulativeVoteRule vote;
    public final ProposalReasonRule proposalReason = new ProposalReasonRule();
    public final AdmissionRule admission;
    public final LeaveCapRule leave;
    public final DraftCirculationRule draftCirculation;
    public final ExcellentQuotaRule excellentQuota = new ExcellentQuotaRule();
    public final UnitBeforeHeadRule unitBeforeHead = new UnitBeforeHeadRule();
    public final LowerLevelFirstRule lowerLevelFirst = new LowerLevelFirstRule();
    public final DisciplinedSubordinateRule disciplinedSubordinate = new DisciplinedSubordinateRule();
    private final ScoreBandRule scoreBand;
    private final List<RatingRule> ratingRules;

    private RuleSet(RuleSetId id, RuleParameters p) {
        this.id = id;
        this.parameters = p;
        boolean scored = id == RuleSetId.REG_366;
        this.selfAssessment = new SelfAssessmentRule(scored);
        this.opinionSources = new RequiredOpinionSourcesRule(p);
        this.quorum = new QuorumRule(p.quorumShare());
        this.vote = new CumulativeVoteRule(p.voteMajorityShare());
        this.admission = new AdmissionRule(p.admissionMonthsForReview());
        this.leave = new LeaveCapRule(p.minMonthsWorkedForRating(), p.leaveMonthsBarringExcellent());
        this.draftCirculation = new DraftCirculationRule(p.draftCirculationWorkingDays());
        this.scoreBand = new ScoreBandRule(p.excellentScore(), p.goodScore(), p.completeScore());
        List<RatingRule> rules = new ArrayList<>();
        if (scored) {
            rules.add(scoreBand);
        }
        rules.add(new DisciplineCapRule());
        rules.add(leave);
        rules.add(new CivilServantRule());
        this.ratingRules = List.copyOf(rules);
    }

    public static RuleSet of(RuleSetId id, RuleParameters parameters) {
        return new RuleSet(id, parameters == null ? id.defaults() : parameters);
    }

    public RuleSetId id() {
        return id;
    }

    public RuleParameters parameters() {
        return parameters;
    }

    public boolean scored() {
        return id == RuleSetId.REG_366;
    }

    /** The highest rating a score reaches under this rule set's thresholds. */
    public Rating ratingForScore(int score) {
        return scoreBand.highestFor(score);
    }

    public void checkSelfReview(SubjectKind kind, boolean leadershipPost, SelfReviewForm form, Rating selfRating,
                                Integer selfScore) {
        selfReviewForm.check(kind, leadershipPost, form);
        selfAssessment.check(selfRating, selfScore);
    }

    public void checkOpinionsComplete(SubjectKind kind, Set<OpinionSource> given) {
        opinionSources.check(kind, given);
    }

    public void checkMeeting(int eligible, int present, int absentWithReason) {
        quorum.check(eligible, present, absentWithReason);
    }

    public Optional<Rating> countVote(int eligible, int present, Map<Rating, Integer> votes) {
        return vote.outcome(eligible, present, votes);
    }

    /** A proposal passes the same caps as a decision, and must explain a departure from the vote. */
    public void checkProposal(RatingContext review, Rating rating, Rating voteOutcome, String reason) {
        checkRating(review, rating);
        proposalReason.check(voteOutcome, rating, reason);
    }

    /** Every rating rule, for a decision or a reclassification. */
    public void checkRating(RatingContext review, Rating rating) {
        for (RatingRule rule : ratingRules) {
            rule.check(review, rating);
        }
    }

    public List<RatingRule> ratingRules() {
        return ratingRules;
    }
}
