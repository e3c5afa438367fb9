package vn.reviewledger.query.access;

/** A read named something the read models do not know. */
public class NotFound extends RuntimeException {

    final String id;

    public NotFound(String id) {
        super("not found: " + id);
        this.id = id;
    }
}
