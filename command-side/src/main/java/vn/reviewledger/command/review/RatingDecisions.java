package vn.reviewledger.command.review;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRating;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRatingsInGroup;
import vn.reviewledger.kernel.review.ReviewCommands.ReclassifyRating;

/**
 * Stage 6 and its corrections. A decision touches more than one review (a whole quota group is
 * decided at once, all or nothing), so it is handled here, in one unit of work: when any entry is
 * refused, no event of the batch is stored.
 */
@Component
class RatingDecisions {

    private final Repository<Review> reviews;

    RatingDecisions(Repository<Review> reviews) {
        this.reviews = reviews;
    }

    @CommandHandler
    public long handle(DecideRating cmd) {
        Aggregate<Review> review = reviews.load(cmd.reviewId(), cmd.expectedVersion());
        review.execute(r -> r.decide(cmd.rating(), cmd.decisionNo(), cmd.decidedOn()));
        return review.version();
    }

    @CommandHandler
    public int handle(DecideRatingsInGroup cmd) {
        if (cmd.entries() == null || cmd.entries().isEmpty()) {
            throw RuleViolation.invalid("entries", "BATCH_EMPTY");
        }
        Set<String> seen = new HashSet<>();
        for (DecideRatingsInGroup.Entry entry : cmd.entries()) {
            if (!seen.add(entry.reviewId())) {
                throw RuleViolation.invalid("entries", "BATCH_DUPLICATE", "reviewId", entry.reviewId());
            }
            Aggregate<Review> review = reviews.load(entry.reviewId());
            review.execute(r -> {
                if (!cmd.cycleId().equals(r.cycleId()) || !cmd.quotaGroupId().equals(r.quotaGroupId())) {
                    throw RuleViolation.conflict("QUOTA_GROUP_MISMATCH", "reviewId", entry.reviewId(),
                            "quotaGroupId", cmd.quotaGroupId(), "actual", String.valueOf(r.quotaGroupId()));
                }
                try {
                    r.decide(entry.rating(), cmd.decisionNo(), cmd.decidedOn());
                } catch (RuleViolation v) {
                    throw v.forEntry(entry.reviewId());
                }
            });
        }
        return cmd.entries().size();
    }

    @CommandHandler
    public long handle(ReclassifyRating cmd) {
        Aggregate<Review> review = reviews.load(cmd.reviewId(), cmd.expectedVersion());
        review.execute(r -> r.reclassify(cmd));
        return review.version();
    }
}
