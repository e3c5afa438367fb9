package vn.reviewledger.kernel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 and the check of one aggregate's chain, shared by the server's verify and the offline verifier. */
public final class EventHashes {

    private EventHashes() {
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The outcome of checking a chain. {@code firstMismatch} is the sequence number of the first event
     * that does not match (null when valid); {@code problem} says why, in English.
     */
    public record ChainCheck(boolean valid, int events, Long firstMismatch, String problem) {
        static ChainCheck ok(int events) {
            return new ChainCheck(true, events, null, null);
        }

        static ChainCheck broken(int events, long sequence, String problem) {
            return new ChainCheck(false, events, sequence, problem);
        }
    }

    /**
     * Checks one aggregate's events, oldest first: sequence numbers 0, 1, 2, …; each event's
     * {@code prevHash} is the hash of the one before (none on the first); each stored hash is the hash
     * recomputed from the stored payload and metadata.
     */
    public static ChainCheck check(List<ChainedEvent> events) {
        String previous = null;
        long expected = 0;
        for (ChainedEvent e : events) {
            if (e.sequence() != expected) {
                return ChainCheck.broken(events.size(), expected, "event " + expected + " is missing");
            }
            if (e.hash() == null) {
                return ChainCheck.broken(events.size(), e.sequence(), "event " + e.sequence() + " carries no hash");
            }
            if (previous == null ? e.prevHash() != null : !previous.equals(e.prevHash())) {
                return ChainCheck.broken(events.size(), e.sequence(),
                        "event " + e.sequence() + " does not name the previous event's hash");
            }
            if (!e.computeHash().equals(e.hash())) {
                return ChainCheck.broken(events.size(), e.sequence(),
                        "event " + e.sequence() + " does not match its hash (payload or metadata changed)");
            }
            previous = e.hash();
            expected++;
        }
        return ChainCheck.ok(events.size());
    }
}
