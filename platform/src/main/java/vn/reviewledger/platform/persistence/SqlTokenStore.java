package vn.reviewledger.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;

/**
 * Axon's JPA token store, with the statement a streaming processor runs after every batch as plain
 * SQL. Axon writes it as a JPQL bulk update, which Hibernate translates again on every call (it keeps
 * no translation of an update): half of the cost of storing a token, a tenth of the read side's CPU
 * under the bench's load. The statement is Axon's: the same columns and values (Axon's own
 * {@link TokenEntry} serialises the token and formats the time), only where this node owns the claim,
 * on the connection of the processor's transaction. When it updates nothing (no such row, or the claim
 * is not ours) Axon's own path runs, which claims or refuses exactly as before. Every other operation
 * (claims, releases, segments, replays) is Axon's.
 */
public class SqlTokenStore extends JpaTokenStore {

    private static final String UPDATE = "update token_entry set token = ?, token_type = ?, timestamp = ? "
            + "where owner = ? and processor_name = ? and segment = ?";

    private final EntityManagerProvider entityManagers;
    private final Serializer serializer;
    private final String nodeId;

    /** {@code builder} must have been given these same entity managers, serializer and node id. */
    public SqlTokenStore(Builder builder, EntityManagerProvider entityManagers, Serializer serializer, String nodeId) {
        super(builder.entityManagerProvider(entityManagers).serializer(serializer).nodeId(nodeId));
        this.entityManagers = entityManagers;
        this.serializer = serializer;
        this.nodeId = nodeId;
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        TokenEntry row = new TokenEntry(processorName, segment, token, serializer);
        SerializedObject<byte[]> data = row.getSerializedToken();
        EntityManager entityManager = entityManagers.getEntityManager();
        // What Hibernate does before Axon's bulk update: the persistence context's pending changes go
        // first. A claim just taken in this transaction (a TokenEntry loaded and changed, not yet
        // written) would otherwise be missed by this update, or written over it at commit.
        entityManager.flush();
        int updated = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                statement.setBytes(1, data == null ? null : data.getData());
                statement.setString(2, row.getTokenType() == null ? null : row.getTokenType().getName());
                statement.setString(3, row.timestampAsString());
                statement.setString(4, nodeId);
                statement.setString(5, processorName);
                statement.setInt(6, segment);
                return statement.executeUpdate();
            }
        });
        if (updated == 0) {
            super.storeToken(token, processorName, segment);
        }
    }
}
