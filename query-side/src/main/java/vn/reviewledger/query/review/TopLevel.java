package vn.reviewledger.query.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A few top-level fields of a stored JSON object, read by streaming over it: no tree, no class. The
 * history reads a review's events this way, where it needs only who did what and the business date.
 */
final class TopLevel {

    /** A named field holds an object or an array: the caller reads the document the general way. */
    static final class NotScalar extends Exception {
        NotScalar(String name) {
            super(name + " is not a scalar", null, false, false);
        }
    }

    private TopLevel() {
    }

    /**
     * The named fields present at the top level, each as its text (numbers and booleans as they are
     * written), a JSON null as a null value; absent names are absent from the map.
     */
    static Map<String, String> scalars(ObjectMapper json, byte[] document, Set<String> names)
            throws IOException, NotScalar {
        Map<String, String> found = new HashMap<>();
        try (JsonParser p = json.getFactory().createParser(document)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!names.contains(name)) {
                    p.skipChildren();
                } else if (value == JsonToken.VALUE_NULL) {
                    found.put(name, null);
                } else if (value.isScalarValue()) {
                    found.put(name, p.getText());
                } else {
                    throw new NotScalar(name);
                }
            }
        }
        return found;
    }
}
