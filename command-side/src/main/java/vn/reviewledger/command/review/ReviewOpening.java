package vn.reviewledger.command.review;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.command.cycle.ReviewTerms;
import vn.reviewledger.command.deadline.ReviewDeadlines;
import vn.reviewledger.command.rules.Actor;
import vn.reviewledger.command.rules.OpeningRule;
import vn.reviewledger.command.rules.ScopeRule;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.review.ReviewCommands.OpenReview;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;

/**
 * Opens a review inside its cycle: the cycle says whether the unit and quota group exist and hands
 * over the pinned rule set and the due dates for the unit's level.
 */
@Component
class ReviewOpening {

    private static final OpeningRule OPENING = new OpeningRule();

    private final Repository<Review> reviews;
    private final CycleDirectory cycles;
    private final EventStore eventStore;

    ReviewOpening(Repository<Review> reviews, CycleDirectory cycles, EventStore eventStore) {
        this.reviews = reviews;
        this.cycles = cycles;
        this.eventStore = eventStore;
    }

    @CommandHandler
    public String handle(OpenReview cmd, MetaData metaData, ReviewDeadlines deadlines)
            throws Exception {
        Subject subject = cmd.subject();
        ReviewTerms terms = cycles.termsFor(cmd.cycleId(), cmd.unitId(), cmd.quotaGroupId(),
                subject.kind().isCollective());
        // Before the duplicate check: an out-of-scope sender learns nothing of the reviews there.
        ScopeRule.requireUnit(Actor.from(metaData), terms.unitPath());
        // A friendly answer for the common case; under a race the event store's unique key decides.
        OPENING.checkNotOpened(eventStore.lastSequenceNumberFor(cmd.reviewId()).isPresent(), cmd.reviewId(),
                subject.name(), cmd.unitId());
        ReviewOpened opened = new ReviewOpened(cmd.reviewId(), terms.cycleId(), terms.year(), terms.ruleSet(),
                terms.ruleParameters(), subject, cmd.unitId(), terms.unitLevel(), terms.quotaGroupId(),
                cmd.leadershipPost(), cmd.civilServant(), cmd.headOfUnit(), cmd.admittedOn(), terms.opensOn(),
                terms.dueDates(), terms.unitPath(), cmd.outsidePoliticalSystem());
        boolean exempted = reviews.newInstance(() -> new Review(opened, deadlines)).invoke(r -> r.state().exempted());
        // The cycle keeps its collectives so that heads and upper levels wait for them, and (where
        // the rule set decides an organization after its members) the members still to be decided.
        if (subject.kind().isCollective()) {
            cycles.registerCollective(cmd.cycleId(), cmd.unitId(), cmd.reviewId(), subject.name());
        } else if (!exempted) {
            cycles.registerMember(cmd.cycleId(), cmd.unitId(), cmd.reviewId());
        }
        return cmd.reviewId();
    }
}
