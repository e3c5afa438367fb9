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

    /** The actor recorded on events the system raises by itself (deadlines, demo data). */
    public static final String SYSTEM_ACTOR = "system";
    public static final String SYSTEM_ROLE = "SYSTEM";

    private AuditKeys() {
    }
}
