package vn.reviewledger.command.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.cycle.RatingChange;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.command.rules.Actor;
import vn.reviewledger.command.rules.GroupDecisionRule;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRatingsInGroup;
import vn.reviewledger.kernel.review.ReviewCommands.ReclassifyRating;

/**
 * Stage 6 and its corrections. Each review checks its own rules and applies its decision; then the
 * cycle checks the rules across reviews (Excellent quota, unit before head, lower level first,
 * disciplined subordinates) and records the decision. All of it is one unit of work: when any
 * check refuses, no event of the decision is stored.
 */
@Component
class RatingDecisions {

    private static final GroupDecisionRule GROUP_DECISION = new GroupDecisionRule();

    private final Repository<Review> reviews;
    private final CycleDirectory cycles;

    RatingDecisions(Repository<Review> reviews, CycleDirectory cycles) {
        this.reviews = reviews;
        this.cycles = cycles;
    }

    @CommandHandler
    public long handle(DecideRating cmd, MetaData metaData, ReviewDeadlines deadlines) {
        Aggregate<Review> review = reviews.load(cmd.reviewId(), cmd.expectedVersion());
        review.execute(r -> r.requireScope(Actor.from(metaData)));
        RatingChange change = review.invoke(r -> r.decide(cmd.rating(), cmd.decisionNo(), cmd.decidedOn(), cmd.score(),
                cmd.reason(), deadlines));
        review.execute(r -> cycles.recordDecision(r.state().cycleId(), r.state().quotaGroupId(), cmd.decisionNo(),
                List.of(change)));
        return review.version();
    }

    /** A whole quota group at once, all or nothing. */
    @CommandHandler
    public int handle(DecideRatingsInGroup cmd, MetaData metaData, ReviewDeadlines deadlines) {
        Actor actor = Actor.from(metaData);
        GROUP_DECISION.checkEntries(cmd.entries() == null ? null
                : cmd.entries().stream().map(DecideRatingsInGroup.Entry::reviewId).toList());
        // A fixed order of locking, so two batches over the same reviews cannot deadlock.
        List<DecideRatingsInGroup.Entry> entries = new ArrayList<>(cmd.entries());
        entries.sort(Comparator.comparing(DecideRatingsInGroup.Entry::reviewId));
        List<RatingChange> changes = new ArrayList<>();
        for (DecideRatingsInGroup.Entry entry : entries) {
            Aggregate<Review> review = reviews.load(entry.reviewId());
            changes.add(review.invoke(r -> {
                // Every entry in the actor's scope, or the whole group decision is refused.
                try {
                    r.requireScope(actor);
                } catch (RuleViolation v) {
                    throw v.forEntry(entry.reviewId());
                }
                GROUP_DECISION.checkMember(entry.reviewId(), cmd.cycleId(), cmd.quotaGroupId(), r.state().cycleId(),
                        r.state().quotaGroupId());
                try {
                    return r.decide(entry.rating(), cmd.decisionNo(), cmd.decidedOn(), entry.score(), entry.reason(),
                            deadlines);
                } catch (RuleViolation v) {
                    throw v.forEntry(entry.reviewId());
                }
            }));
        }
        cycles.recordDecision(cmd.cycleId(), cmd.quotaGroupId(), cmd.decisionNo(), changes);
        return cmd.entries().size();
    }

    @CommandHandler
    public long handle(ReclassifyRating cmd, MetaData metaData) {
        Aggregate<Review> review = reviews.load(cmd.reviewId(), cmd.expectedVersion());
        Actor actor = Actor.from(metaData);
        review.execute(r -> r.requireScope(actor));
        RatingChange change = review.invoke(r -> r.reclassify(cmd, actor));
        review.execute(r -> cycles.recordDecision(r.state().cycleId(), r.state().quotaGroupId(), cmd.decisionNo(),
                List.of(change)));
        return review.version();
    }
}
