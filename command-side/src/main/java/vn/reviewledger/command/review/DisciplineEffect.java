package vn.reviewledger.command.review;

import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;

/**
 * What a discipline recorded on a review means beyond it, for {@link DisciplineRecording} to carry
 * out in the same unit of work: whether the collectives above must answer for it, and which earlier
 * year's review to re-rate (Regulation 124 Art. 12 §4.5), if any.
 */
record DisciplineEffect(boolean bearsOnCollectives, Integer yearToRerate, DisciplineRecorded discipline) {
}
