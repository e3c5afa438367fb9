package vn.reviewledger.command.review;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.rules.Actor;
import vn.reviewledger.kernel.review.ReviewCommands.RecordDiscipline;

/**
 * A discipline caps the member's own rating, and bars the member's collectives from Excellent;
 * the second needs the cycle to know, in the same unit of work.
 */
@Component
class DisciplineRecording {

    private final Repository<Review> reviews;
    private final CycleDirectory cycles;

    DisciplineRecording(Repository<Review> reviews, CycleDirectory cycles) {
        this.reviews = reviews;
        this.cycles = cycles;
    }

    @CommandHandler
    public long handle(RecordDiscipline cmd, MetaData metaData) {
        Aggregate<Review> review = reviews.load(cmd.reviewId(), cmd.expectedVersion());
        review.execute(r -> r.requireScope(Actor.from(metaData), cycles));
        boolean bearsOnCollectives = review.invoke(r -> r.recordDiscipline(cmd));
        if (bearsOnCollectives) {
            review.execute(r -> cycles.noteDiscipline(r.cycleId(), r.unitId(), cmd.reviewId()));
        }
        return review.version();
    }
}
