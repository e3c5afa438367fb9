package vn.reviewledger.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainedEventTest {

    private static ChainedEvent event(String payload, String meta) {
        return new ChainedEvent("r-1", "Review", 0, "e-1", "x.ReviewOpened", null, "2023-12-01T03:00:00.123Z",
                CanonicalJson.parse(payload), CanonicalJson.parse(meta));
    }

    @Test
    void theHashDependsOnMeaningNotOnKeyOrderOrSpacing() {
        String hash = event("{\"a\":1,\"b\":{\"y\":\"Việt\",\"x\":0.20}}", "{\"actorId\":\"office\"}").computeHash();
        assertThat(event("{ \"b\" : {\"x\":0.20, \"y\":\"Việt\"}, \"a\" : 1 }", "{\"actorId\": \"office\"}")
                .computeHash()).isEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangeOfPayloadOrMetadataButTheHashItselfChangesTheHash() {
        String hash = event("{\"a\":1}", "{\"actorId\":\"office\"}").computeHash();
        assertThat(event("{\"a\":2}", "{\"actorId\":\"office\"}").computeHash()).isNotEqualTo(hash);
        assertThat(event("{\"a\":1}", "{\"actorId\":\"admin\"}").computeHash()).isNotEqualTo(hash);
        assertThat(event("{\"a\":1}", "{\"actorId\":\"office\",\"prevHash\":\"00\"}").computeHash()).isNotEqualTo(hash);
        assertThat(event("{\"a\":1}", "{\"actorId\":\"office\",\"hash\":\"" + hash + "\"}").computeHash())
                .as("the stored hash is not part of what it covers").isEqualTo(hash);
    }

    @Test
    void aChainChecksSequenceLinksAndHashes() {
        ChainedEvent first = event("{\"a\":1}", "{\"actorId\":\"office\"}");
        ChainedEvent firstHashed = event("{\"a\":1}", "{\"actorId\":\"office\",\"hash\":\"" + first.computeHash() + "\"}");
        ChainedEvent second = new ChainedEvent("r-1", "Review", 1, "e-2", "x.SelfReviewSubmitted", null,
                "2023-12-02T03:00:00Z", CanonicalJson.parse("{\"a\":2}"),
                CanonicalJson.parse("{\"prevHash\":\"" + first.computeHash() + "\"}"));
        ChainedEvent secondHashed = new ChainedEvent("r-1", "Review", 1, "e-2", "x.SelfReviewSubmitted", null,
                "2023-12-02T03:00:00Z", CanonicalJson.parse("{\"a\":2}"), CanonicalJson.parse(
                "{\"prevHash\":\"" + first.computeHash() + "\",\"hash\":\"" + second.computeHash() + "\"}"));
        assertThat(EventHashes.check(List.of(firstHashed, secondHashed)).valid()).isTrue();
        assertThat(EventHashes.check(List.of(secondHashed)).firstMismatch()).isZero();
        assertThat(EventHashes.check(List.of(first, secondHashed)).firstMismatch()).isZero();
        ChainedEvent otherFirst = event("{\"a\":9}", "{}");
        ChainedEvent otherFirstHashed = event("{\"a\":9}", "{\"hash\":\"" + otherFirst.computeHash() + "\"}");
        EventHashes.ChainCheck relinked = EventHashes.check(List.of(otherFirstHashed, secondHashed));
        assertThat(relinked.valid()).isFalse();
        assertThat(relinked.firstMismatch()).isEqualTo(1);
    }
}
