package vn.reviewledger.command.review;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.command.rules.Actor;
import vn.reviewledger.kernel.review.ReviewCommands.ExemptReview;

/**
 * Records a subject as not reviewed, and tells the cycle in the same unit of work: an exempted
 * collective is never decided, so a head or an upper level waiting for it would wait for ever;
 * an exempted member is not one an organization waits for.
 */
@Component
class ReviewExemption {

    private final Repository<Review> reviews;
    private final CycleDirectory cycles;

    ReviewExemption(Repository<Review> reviews, CycleDirectory cycles) {
        this.reviews = reviews;
        this.cycles = cycles;
    }

    @CommandHandler
    public long handle(ExemptReview cmd, MetaData metaData, ReviewDeadlines deadlines) {
        Aggregate<Review> review = reviews.load(cmd.reviewId(), cmd.expectedVersion());
        review.execute(r -> r.requireScope(Actor.from(metaData)));
        review.execute(r -> r.exempt(cmd, deadlines));
        ReviewState r = review.invoke(Review::state);
        cycles.noteExemption(r.cycleId(), r.unitId(), cmd.reviewId(), r.kind());
        return review.version();
    }
}
