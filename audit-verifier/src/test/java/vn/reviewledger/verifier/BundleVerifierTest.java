package vn.reviewledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewledger.kernel.audit.AuditBundle;
import vn.reviewledger.kernel.audit.CanonicalJson;
import vn.reviewledger.kernel.audit.ChainedEvent;

class BundleVerifierTest {

    static KeyPair keys;

    @BeforeAll
    static void keys() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    /** A review's chain of {@code n} events, hashed as the command side hashes them. */
    static List<ChainedEvent> chain(String aggregateId, int n) {
        List<ChainedEvent> events = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < n; i++) {
            ObjectNode meta = CanonicalJson.object();
            meta.put("actorId", "secretary");
            meta.put("actorRole", "SECRETARY");
            meta.put("reason", "Lý do " + i);
            if (previous != null) {
                meta.put(ChainedEvent.PREV_HASH, previous);
            }
            ObjectNode payload = CanonicalJson.object();
            payload.put("reviewId", aggregateId);
            payload.put("summary", "Tự đánh giá " + i);
            payload.put("share", new java.math.BigDecimal("0.20"));
            ChainedEvent unsigned = new ChainedEvent(aggregateId, "Review", i, "ev-" + aggregateId + "-" + i,
                    "vn.reviewledger.kernel.review.ReviewEvents$SelfReviewSubmitted", i == 0 ? null : "2",
                    "2023-12-0" + (i + 1) + "T03:00:00.123Z", payload, meta);
            previous = unsigned.computeHash();
            meta.put(ChainedEvent.HASH, previous);
            events.add(unsigned);
        }
        return events;
    }

    static byte[] jsonl(List<ChainedEvent> events) {
        ObjectNode header = CanonicalJson.object();
        header.put("format", AuditBundle.FORMAT);
        header.put("scope", "review");
        header.put("id", "r-1");
        header.put("exportedAt", "2024-01-10T00:00:00Z");
        header.put("events", events.size());
        StringBuilder out = new StringBuilder(CanonicalJson.write(header)).append('\n');
        events.forEach(e -> out.append(CanonicalJson.write(e.toJson())).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bundle(byte[] events) {
        return AuditBundle.zip(new AuditBundle.Files(events, AuditBundle.sign(keys.getPrivate(), events),
                AuditBundle.pem(keys.getPublic()).getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anUntouchedBundleIsValidWithItsOwnKeyAndWithTheTrustedOne() {
        byte[] bundle = bundle(jsonl(chain("r-1", 3)));
        assertThat(BundleVerifier.verify(bundle, null).valid()).isTrue();
        BundleVerifier.Result trusted = BundleVerifier.verify(bundle, keys.getPublic());
        assertThat(trusted.valid()).as(trusted.message()).isTrue();
        assertThat(trusted.message()).contains("3 events");
    }

    @Test
    void changingAnyByteOfTheBundleIsRejected() {
        byte[] bundle = bundle(jsonl(chain("r-1", 2)));
        for (int mask : new int[]{0x01, 0x20, 0x80, 0xFF}) {
            for (int i = 0; i < bundle.length; i++) {
                byte[] changed = bundle.clone();
                changed[i] = (byte) (changed[i] ^ mask);
                BundleVerifier.Result r = BundleVerifier.verify(changed, null);
                assertThat(r.valid()).as("byte %d of %d xor %x accepted", i, bundle.length, mask).isFalse();
            }
        }
    }

    @Test
    void changingAnyByteOfTheEventsOrTheSignatureIsRejectedEvenWhenTheZipIsRebuilt() {
        byte[] events = jsonl(chain("r-1", 2));
        byte[] signature = AuditBundle.sign(keys.getPrivate(), events);
        byte[] pem = AuditBundle.pem(keys.getPublic()).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < events.length; i++) {
            byte[] changed = events.clone();
            changed[i] = (byte) (changed[i] ^ 0x01);
            byte[] bundle = AuditBundle.zip(new AuditBundle.Files(changed, signature, pem));
            assertThat(BundleVerifier.verify(bundle, keys.getPublic()).valid()).as("events byte %d", i).isFalse();
        }
        for (int i = 0; i < signature.length; i++) {
            byte[] changed = signature.clone();
            changed[i] = (byte) (changed[i] ^ 0x01);
            byte[] bundle = AuditBundle.zip(new AuditBundle.Files(events, changed, pem));
            assertThat(BundleVerifier.verify(bundle, keys.getPublic()).valid()).as("signature byte %d", i).isFalse();
        }
    }

    @Test
    void aBundleSignedByAnotherKeyIsRejectedAgainstTheTrustedKey() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] events = jsonl(chain("r-1", 2));
        byte[] forged = AuditBundle.zip(new AuditBundle.Files(events, AuditBundle.sign(other.getPrivate(), events),
                AuditBundle.pem(other.getPublic()).getBytes(StandardCharsets.US_ASCII)));
        assertThat(BundleVerifier.verify(forged, null).valid()).as("consistent in itself").isTrue();
        BundleVerifier.Result r = BundleVerifier.verify(forged, keys.getPublic());
        assertThat(r.valid()).isFalse();
        assertThat(r.message()).contains("signature");
    }

    @Test
    void anEventChangedAndResignedBreaksItsChainAtItsLine() {
        List<ChainedEvent> events = chain("r-1", 3);
        ChainedEvent second = events.get(1);
        ((ObjectNode) second.payload()).put("summary", "đã sửa");
        BundleVerifier.Result r = BundleVerifier.verify(bundle(jsonl(events)), keys.getPublic());
        assertThat(r.valid()).isFalse();
        assertThat(r.line()).as(r.message()).isEqualTo(3);
        assertThat(r.message()).startsWith("line 3: aggregate r-1, event 1");
    }

    @Test
    void aRemovedEventBreaksTheChain() {
        List<ChainedEvent> events = new ArrayList<>(chain("r-1", 3));
        events.remove(1);
        BundleVerifier.Result r = BundleVerifier.verify(bundle(jsonl(events)), keys.getPublic());
        assertThat(r.valid()).isFalse();
        assertThat(r.message()).contains("event 1 is missing");
    }

    @Test
    void theCommandLineExitsZeroForAnIntactBundleAndOneNamingTheLineOtherwise(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.zip");
        Files.write(good, bundle(jsonl(chain("r-1", 2))));
        Path key = dir.resolve("key.pem");
        Files.writeString(key, AuditBundle.pem(keys.getPublic()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Main.run(new String[]{good.toString(), "--public-key", key.toString()}, new PrintStream(out),
                new PrintStream(err))).isZero();
        assertThat(out.toString()).startsWith("OK ");

        List<ChainedEvent> events = chain("r-1", 2);
        ((ObjectNode) events.get(0).metaData()).put("actorId", "someone-else");
        Path bad = dir.resolve("bad.zip");
        Files.write(bad, bundle(jsonl(events)));
        err.reset();
        assertThat(Main.run(new String[]{bad.toString(), "--public-key", key.toString()}, new PrintStream(out),
                new PrintStream(err))).isEqualTo(1);
        assertThat(err.toString()).contains("REJECTED").contains("line 2");
        assertThat(Main.run(new String[]{}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
    }

    @Test
    void aGeneratedKeyPairSignsWhatItsPublicKeyVerifies() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[]{"--generate-key"}, new PrintStream(out), System.err)).isZero();
        String[] lines = out.toString().split("\n");
        java.security.PrivateKey privateKey = AuditBundle.privateKey(lines[0].substring(lines[0].indexOf('=') + 1));
        java.security.PublicKey publicKey = AuditBundle.publicKey(lines[1].substring(lines[1].indexOf('=') + 1));
        byte[] events = jsonl(chain("r-9", 1));
        assertThat(AuditBundle.verify(publicKey, events, AuditBundle.sign(privateKey, events))).isTrue();
    }
}
