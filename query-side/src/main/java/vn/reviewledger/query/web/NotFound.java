package vn.reviewledger.query.web;

/** A read named something the read models do not know. */
class NotFound extends RuntimeException {

    final String id;

    NotFound(String id) {
        super("not found: " + id);
        this.id = id;
    }
}
