package vn.reviewledger.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import vn.reviewledger.kernel.common.AuditKeys;

/**
 * How a request's claim on its {@code Idempotency-Key} travels with its command: as metadata, which
 * {@link AppliedKeyInterceptor} reads to mark the key applied in the command's own transaction.
 */
public final class ClaimMetadata {

    private ClaimMetadata() {
    }

    /** The claim {@link IdempotencyFilter} took for this request, as command metadata; empty without one. */
    public static Map<String, String> of(HttpServletRequest request) {
        if (request.getAttribute(IdempotencyFilter.CLAIM_ATTRIBUTE) instanceof IdempotencyStore.Claim claim) {
            return Map.of(AuditKeys.IDEMPOTENCY_PRINCIPAL, claim.principal(), AuditKeys.IDEMPOTENCY_KEY, claim.key(),
                    AuditKeys.IDEMPOTENCY_CLAIM, claim.token());
        }
        return Map.of();
    }
}
