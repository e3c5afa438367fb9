package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;

/** A rule on a collective's rating from what its members and subordinate units did; decided in the cycle. */
public interface CollectiveRule {

    void check(String collectiveName, Rating rating, CollectiveFacts facts);
}
