package vn.reviewledger.command.rules;

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
 * The rules a review is judged by, as one regulation lays them down. Each field is one rule of the
 * procedure; which class fills it, with which parameters, is the regulation's own composition:
 * {@link Regulation124} and {@link Regulation366} — read those to see a regulation whole. A field a
 * regulation does not have is null (Regulation 366 rates everyone reviewed, so it has no
 * {@code leave} rule). Rule sets are plain objects, rebuilt from the pinned id and parameters, so an
 * aggregate snapshot never carries them.
 */
public final class RuleSet {

    final RuleParameters parameters;

    public final StageOrderRule stageOrder = new StageOrderRule();
    public final SelfReviewFormRule selfReviewForm;
    public final SelfAssessmentRule selfAssessment;
    public final RequiredOpinionSourcesRule opinionSources;
    public final MeetingDateRule meetingDate = new MeetingDateRule();
    public final QuorumRule quorum;
    public final DraftCirculationRule draftCirculation;
    public final VoteMeetingRule voteAgainstMeeting = new VoteMeetingRule();
    public final CumulativeVoteRule vote;
    public final ProposalReasonRule proposalReason = new ProposalReasonRule();
    /** Null where the rule set rates by rating, not by score. */
    public final ScoreBandRule scoreBand;
    public final BelowBandReasonRule belowBandReason = new BelowBandReasonRule();
    public final AdmissionRule admission;
    /** Regulation 124 only: "reviewed but not rated" and the sick-leave cap. */
    public final LeaveCapRule leave;
    public final LeaveDatesRule leaveDates = new LeaveDatesRule();
    public final CivilServantRule civilServant = new CivilServantRule();
    public final ExemptionRule exemption = new ExemptionRule();
    public final DeadlineExtensionRule extension = new DeadlineExtensionRule();
    public final ComplaintRule complaints;
    public final ExcellentConditionsRule excellentConditions = new ExcellentConditionsRule();
    public final ReclassificationRule reclassification = new ReclassificationRule();
    /** Regulation 124 only: a fault of an earlier year re-rates that year. */
    public final EarlierYearFaultRule earlierYearFault;
    public final QuotaShareRule quotaShare;
    public final ExcellentQuotaRule excellentQuota = new ExcellentQuotaRule();
    public final UnitBeforeHeadRule unitBeforeHead;
    public final HeadNotAboveCollectiveRule headNotAboveCollective = new HeadNotAboveCollectiveRule();
    public final LowerLevelFirstRule lowerLevelFirst;
    /** Regulation 366 only. */
    public final OrganizationAfterMembersRule organizationAfterMembers;
    public final CollectiveRule collectiveDiscipline;
    public final DisciplineRule discipline;
    private final List<RatingRule> ratingRules;

    RuleSet(RuleParameters p, Parts parts) {
        this.parameters = p;
        this.selfReviewForm = parts.forms;
        this.scoreBand = parts.scoreBand;
        this.selfAssessment = parts.scoreBand == null ? SelfAssessmentRule.rating() : SelfAssessmentRule.score(parts.scoreBand);
        this.opinionSources = new RequiredOpinionSourcesRule(p);
        this.quorum = new QuorumRule(p.quorumShare());
        this.vote = new CumulativeVoteRule(p.voteMajorityShare());
        this.admission = new AdmissionRule(p.admissionMonthsForReview());
        this.draftCirculation = new DraftCirculationRule(p.draftCirculationWorkingDays());
        this.leave = parts.leave;
        this.complaints = new ComplaintRule(Boolean.TRUE.equals(p.complaintsFromOpening()));
        this.earlierYearFault = parts.earlierYearFault;
        this.quotaShare = new QuotaShareRule(p.maxExcellentShare(), p.exceptionalExcellentShare());
        this.unitBeforeHead = p.unitBeforeHead() ? new UnitBeforeHeadRule() : null;
        this.lowerLevelFirst = p.lowerLevelBeforeUpper() ? new LowerLevelFirstRule() : null;
        this.organizationAfterMembers = Boolean.TRUE.equals(p.organizationAfterMembers())
                ? new OrganizationAfterMembersRule() : null;
        this.collectiveDiscipline = parts.collectiveDiscipline;
        this.discipline = parts.discipline;
        this.ratingRules = List.copyOf(parts.ratingRules);
    }

    /** What a regulation puts in the slots that differ between regulations. */
    record Parts(SelfReviewFormRule forms, ScoreBandRule scoreBand, LeaveCapRule leave,
                 EarlierYearFaultRule earlierYearFault, DisciplineRule discipline, CollectiveRule collectiveDiscipline,
                 List<RatingRule> ratingRules) {
    }

    /** The rule set pinned by a cycle; figures it did not pin come from its regulation's defaults. */
    public static RuleSet of(RuleSetId id, RuleParameters parameters) {
        RuleParameters p = parameters == null ? id.defaults() : parameters.withDefaultsFrom(id.defaults());
        return id == RuleSetId.REG_366 ? Regulation366.compose(p) : Regulation124.compose(p);
    }

    public RuleParameters parameters() {
        return parameters;
    }

    /** True where ratings go with a score out of 100 (Regulation 366). */
    public boolean usesScores() {
        return scoreBand != null;
    }

    /** Checks a self-review and answers the self-rating to record. */
    public Rating checkSelfReview(SubjectKind kind, boolean leadershipPost, boolean outsidePoliticalSystem,
                                  SelfReviewForm form, Rating selfRating, Integer selfScore) {
        selfReviewForm.check(kind, leadershipPost, outsidePoliticalSystem, form);
        return selfAssessment.check(selfRating, selfScore);
    }

    public void checkOpinionsComplete(SubjectKind kind, boolean outsidePoliticalSystem, Set<OpinionSource> given) {
        opinionSources.check(kind, outsidePoliticalSystem, given);
    }

    public void checkMeeting(int eligible, int present, int absentWithReason) {
        quorum.check(eligible, present, absentWithReason);
    }

    public Optional<Rating> countVote(int eligible, int present, Map<Rating, Integer> votes) {
        return vote.outcome(eligible, present, votes);
    }

    /** A proposal passes the same caps as a decision, and must explain a departure from the vote. */
    public void checkProposal(RatingContext review, Rating rating, Rating voteOutcome) {
        checkRating(review, rating);
        proposalReason.check(voteOutcome, rating, review.reason());
    }

    /**
     * Every rating rule, for a proposal, a decision or a re-rating; where ratings go with a score,
     * a rating below its band needs a reason unless a rule forbids the band's rating anyway.
     */
    public void checkRating(RatingContext review, Rating rating) {
        for (RatingRule rule : ratingRules) {
            rule.check(review, rating);
        }
        if (scoreBand != null) {
            Rating band = scoreBand.highestFor(review.score());
            belowBandReason.check(review.score(), band, rating, refused(review, band), review.hasReason());
        }
    }

    /** True when "reviewed" also means "rated" for this review (false: reviewed, not rated — 124's leave rule). */
    public boolean ratable(RatingContext review) {
        return leave == null || leave.ratable(review);
    }

    private boolean refused(RatingContext review, Rating rating) {
        try {
            for (RatingRule rule : ratingRules) {
                rule.check(review, rating);
            }
            return false;
        } catch (RuleViolation v) {
            return true;
        }
    }

    public List<RatingRule> ratingRules() {
        return ratingRules;
    }
}
