package vn.reviewledger.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.reviewledger.kernel.audit.AuditBundle;
import vn.reviewledger.kernel.audit.CanonicalJson;
import vn.reviewledger.kernel.audit.ChainedEvent;
import vn.reviewledger.kernel.audit.EventHashes;

/**
 * Checks an auditor's bundle without the server: that the zip is exactly as the server writes it,
 * that the signature over {@code events.jsonl} holds (with a public key the auditor trusts, or else the
 * one in the bundle), and that every aggregate's hash chain inside holds, event by event.
 */
public final class BundleVerifier {

    /** The verdict; {@code line} is the 1-based line of events.jsonl at fault, or 0 when no line is. */
    public record Result(boolean valid, String message, int line) {
        static Result ok(String message) {
            return new Result(true, message, 0);
        }

        static Result rejected(String message, int line) {
            return new Result(false, message, line);
        }
    }

    private BundleVerifier() {
    }

    /**
     * @param trustedKey the key the auditor obtained separately (e.g. GET /api/audit/public-key); null to
     *                   use the bundle's own, which proves integrity but not origin
     */
    public static Result verify(byte[] bundle, PublicKey trustedKey) {
        AuditBundle.Files files;
        try {
            files = AuditBundle.unzip(bundle);
        } catch (IllegalArgumentException e) {
            return Result.rejected(e.getMessage(), 0);
        }
        PublicKey key = trustedKey;
        if (key == null) {
            try {
                key = AuditBundle.publicKey(new String(files.publicKey(), StandardCharsets.US_ASCII));
            } catch (IllegalArgumentException e) {
                return Result.rejected(AuditBundle.PUBLIC_KEY + ": " + e.getMessage(), 0);
            }
        }
        if (!AuditBundle.verify(key, files.events(), files.signature())) {
            return Result.rejected("the signature in " + AuditBundle.SIGNATURE + " does not match "
                    + AuditBundle.EVENTS + (trustedKey == null ? " and the bundle's public key" : " and the given public key"), 0);
        }
        return chains(files.events(), trustedKey != null);
    }

    private static Result chains(byte[] events, boolean trusted) {
        String text = new String(events, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            return Result.rejected(AuditBundle.EVENTS + " does not end with a line break", 0);
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        JsonNode header;
        try {
            header = CanonicalJson.parse(lines[0]);
        } catch (IllegalArgumentException e) {
            return Result.rejected("line 1 (the header) is not JSON", 1);
        }
        if (!AuditBundle.FORMAT.equals(header.path("format").asText())) {
            return Result.rejected("line 1 is not a header of " + AuditBundle.FORMAT, 1);
        }
        Map<String, List<ChainedEvent>> byAggregate = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int lineNo = i + 1;
            ChainedEvent e;
            try {
                JsonNode json = CanonicalJson.parse(lines[i]);
                e = ChainedEvent.fromJson(json);
                if (!json.path("hash").asText("").equals(e.hash())) {
                    return Result.rejected("line " + lineNo + ": its hash differs from the hash in its metadata", lineNo);
                }
            } catch (IllegalArgumentException ex) {
                return Result.rejected("line " + lineNo + " is not an event: " + ex.getMessage(), lineNo);
            }
            byAggregate.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e);
            lineOf.put(e.aggregateId() + "#" + e.sequence(), lineNo);
        }
        int count = lines.length - 1;
        if (header.path("events").asInt(-1) != count) {
            return Result.rejected("the header announces " + header.path("events").asText() + " events, "
                    + AuditBundle.EVENTS + " holds " + count, 1);
        }
        for (Map.Entry<String, List<ChainedEvent>> chain : byAggregate.entrySet()) {
            EventHashes.ChainCheck check = EventHashes.check(chain.getValue());
            if (!check.valid()) {
                Integer lineNo = lineOf.get(chain.getKey() + "#" + check.firstMismatch());
                int at = lineNo == null ? 0 : lineNo;
                return Result.rejected((at == 0 ? "" : "line " + at + ": ") + "aggregate " + chain.getKey() + ", "
                        + check.problem(), at);
            }
        }
        return Result.ok("valid: signature " + (trusted ? "by the given key" : "by the bundle's own key (pass "
                + "--public-key to check who signed)") + ", " + byAggregate.size() + " hash chains, " + count
                + " events (" + header.path("scope").asText() + " " + header.path("id").asText() + ", exported "
                + header.path("exportedAt").asText() + ")");
    }
}
