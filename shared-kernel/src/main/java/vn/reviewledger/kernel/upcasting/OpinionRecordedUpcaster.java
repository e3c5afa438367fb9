package vn.reviewledger.kernel.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import vn.reviewledger.kernel.review.OpinionAuthor;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionRecorded;

/**
 * {@code OpinionRecorded} revision 1 (no revision) to 2: the free-text {@code author} becomes
 * {@code authorName} and {@code authorBody}. Stored events are never rewritten; old ones are
 * read in the new shape.
 */
public class OpinionRecordedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(OpinionRecorded.class.getName(), null);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(OpinionRecorded.class.getName(), "2"),
                JsonNode.class, OpinionRecordedUpcaster::split);
    }

    static JsonNode split(JsonNode payload) {
        ObjectNode node = ((ObjectNode) payload).deepCopy();
        JsonNode old = node.remove("author");
        OpinionAuthor author = OpinionAuthor.parse(old == null || old.isNull() ? null : old.asText());
        node.put("authorName", author.name());
        node.put("authorBody", author.body());
        return node;
    }
}
