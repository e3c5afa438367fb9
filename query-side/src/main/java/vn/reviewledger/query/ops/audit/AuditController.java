package vn.reviewledger.query.ops.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.query.access.BadRequest;
import vn.reviewledger.query.access.Viewer;

/** Tamper evidence for auditors: verify a review's hash chain, export signed bundles, list who read what. */
@RestController
@Tag(name = "Audit")
class AuditController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final AuditLedger ledger;
    private final ReadLog reads;
    private final AuditScope scope;

    AuditController(AuditLedger ledger, ReadLog reads, AuditScope scope) {
        this.ledger = ledger;
        this.reads = reads;
        this.scope = scope;
    }

    @GetMapping("/api/reviews/{id}/verify")
    @Operation(summary = "Recomputes the review's hash chain from the stored events",
            description = "{\"valid\": true, \"events\": n}, or {\"valid\": false, \"firstMismatch\": k} with k the "
                    + "sequence number of the first event whose stored payload or metadata no longer matches.")
    AuditLedger.Verification verify(@PathVariable String id) {
        scope.requireReview(id);
        return ledger.verify(id);
    }

    @GetMapping(path = "/api/reviews/{id}/bundle", produces = "application/zip")
    @Operation(summary = "The review's events with their hashes, as a signed bundle (zip)",
            description = "events.jsonl (a header line, then one stored event a line), events.jsonl.sig (Ed25519, "
                    + "base64) and public-key.pem. Check it offline with the audit-verifier jar.")
    ResponseEntity<byte[]> reviewBundle(@PathVariable String id) {
        scope.requireReview(id);
        return zip("review-" + id, ledger.reviewBundle(id));
    }

    @GetMapping(path = "/api/cycles/{cycleId}/bundle", produces = "application/zip")
    @Operation(summary = "The cycle's events and those of all its reviews, as a signed bundle (zip)")
    ResponseEntity<byte[]> cycleBundle(@PathVariable String cycleId) {
        scope.requireWholeCycle(cycleId);
        return zip("cycle-" + cycleId, ledger.cycleBundle(cycleId));
    }

    @GetMapping(path = "/api/audit/public-key", produces = "application/x-pem-file")
    @Operation(summary = "The public key that checks the bundles' signatures (PEM)")
    ResponseEntity<byte[]> publicKey() {
        return ResponseEntity.ok().contentType(PEM).body(ledger.publicKeyPem());
    }

    @GetMapping("/api/audit/reads")
    @Operation(summary = "Who read which history, bundle or past state, when: newest first (auditors, administrators)")
    ReadPage reads(@RequestParam(required = false) String username,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "100") int size) {
        Viewer viewer = Viewer.current();
        if (!viewer.isAdmin() && !"AUDITOR".equals(viewer.role())) {
            throw new AccessDeniedException("only auditors and administrators read the record of reads");
        }
        BadRequest.checkPage(page, size, 1000);
        String user = username == null || username.isBlank() ? null : username;
        return new ReadPage(reads.page(user, page, size), page, size, reads.count(user));
    }

    record ReadPage(List<ReadLog.Read> items, int page, int size, long total) {
    }

    private static ResponseEntity<byte[]> zip(String name, byte[] bundle) {
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name.replaceAll("[^A-Za-z0-9._-]", "_") + "-audit.zip").build().toString())
                .body(bundle);
    }
}
