package vn.reviewledger.kernel.common;

/**
 * Metadata keys every command carries and every event inherits (Axon correlation data). The actor
 * comes from the authenticated user, never from a request body.
 */
public final class AuditKeys {
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_TIME = "clientTime";
    public static final String REASON = "reason";

    public static final String[] ALL = {ACTOR_ID, ACTOR_ROLE, ACTOR_UNIT, REQUEST_ID, CLIENT_TIME, REASON};

    /**
     * The {@code Idempotency-Key} a command was sent under, its user, and the claim of the key the
     * request holds. The command side marks the key applied in the transaction that stores the
     * command's events, so a retry after a crash knows whether the command ran. Deliberately not in
     * {@link #ALL}: a client's retry token is not audit data and is not copied onto events.
     */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String IDEMPOTENCY_PRINCIPAL = "idempotencyPrincipal";
    public static final String IDEMPOTENCY_CLAIM = "idempotencyClaim";

    /** The actor recorded on events the system raises by itself (deadlines, demo data). */
    public static final String SYSTEM_ACTOR = "system";
    public static final String SYSTEM_ROLE = "SYSTEM";

    private AuditKeys() {
    }
}
