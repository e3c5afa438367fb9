package vn.reviewledger.query.access;

import java.util.Map;

/** A read parameter out of its range; answered 400 with the field named and the bundle's words for {@code key}. */
public class BadRequest extends RuntimeException {

    final String field;
    final String key;
    final Map<String, ?> args;

    public BadRequest(String field, String key, Map<String, ?> args) {
        super(field + ": " + key + " " + args);
        this.field = field;
        this.key = key;
        this.args = args;
    }

    /** Page numbers from 0; sizes from 1 to {@code max}. */
    public static void checkPage(int page, int size, int max) {
        if (page < 0) {
            throw new BadRequest("page", "field.page", Map.of());
        }
        if (size < 1 || size > max) {
            throw new BadRequest("size", "field.size", Map.of("max", max));
        }
    }
}
