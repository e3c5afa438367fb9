package vn.reviewledger.query.ops.admin;

import java.time.Instant;

/** An administrative action as {@code GET /api/admin/actions} lists it. */
public record AdminAction(long id, String action, String processor, String target, String actor, String role,
                          String reason, String outcome, Instant at) {
}
