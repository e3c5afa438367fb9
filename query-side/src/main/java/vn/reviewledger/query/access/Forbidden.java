package vn.reviewledger.query.access;

/**
 * A read outside the signed-in user's scope (403, rule {@code SCOPE}). It never says what lies
 * outside: the same answer for a unit of another subtree and for a review there.
 */
public class Forbidden extends RuntimeException {

    public Forbidden() {
        super("outside the user's scope");
    }
}
