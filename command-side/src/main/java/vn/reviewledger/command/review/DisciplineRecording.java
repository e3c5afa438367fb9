package vn.reviewledger.command.review;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.rules.Actor;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.review.ReviewCommands.RecordDiscipline;

/**
 * A discipline caps the subject's own rating; it may also bear on the collectives above (the
 * cycle must know, in the same unit of work), and under Regulation 124 a fault of an earlier year
 * asks that year's review to be re-rated (Art. 12 §4.5). That review is found by its identity — the
 * same organization, unit and subject in the fault year's cycle; when the ledger has no such review
 * (a year before it was kept) there is nothing to raise.
 */
@Component
class DisciplineRecording {

    private final Repository<Review> reviews;
    private final CycleDirectory cycles;
    private final EventStore eventStore;

    DisciplineRecording(Repository<Review> reviews, CycleDirectory cycles, EventStore eventStore) {
        this.reviews = reviews;
        this.cycles = cycles;
        this.eventStore = eventStore;
    }

    @CommandHandler
    public long handle(RecordDiscipline cmd, MetaData metaData) {
        Aggregate<Review> review = reviews.load(cmd.reviewId(), cmd.expectedVersion());
        review.execute(r -> r.requireScope(Actor.from(metaData)));
        DisciplineEffect effect = review.invoke(r -> r.recordDiscipline(cmd));
        if (effect.bearsOnCollectives()) {
            ReviewState r = review.invoke(Review::state);
            cycles.noteDiscipline(r.cycleId(), r.unitId(), cmd.reviewId(), r.kind());
        }
        if (effect.yearToRerate() != null) {
            requestRerating(cmd.reviewId(), review.invoke(Review::state), effect);
        }
        return review.version();
    }

    private void requestRerating(String reviewId, ReviewState r, DisciplineEffect effect) {
        String organizationId = cycles.organizationId(r.cycleId());
        String earlierCycle = Ids.cycleId(organizationId, effect.yearToRerate());
        String earlierReview = Ids.reviewId(earlierCycle, r.unitId(), r.kind(), r.subject().id());
        if (eventStore.lastSequenceNumberFor(earlierReview).isPresent()) {
            reviews.load(earlierReview).execute(e -> e.requestRerating(reviewId, effect.discipline()));
        }
    }
}
