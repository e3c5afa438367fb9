package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.platform.persistence.SqlTokenStore;

/**
 * The token store's plain-SQL update ({@link SqlTokenStore}) stores what Axon's JPA token store
 * stores, and refuses and claims as it does. On PostgreSQL too ({@link PostgresSqlTokenStoreTest}).
 */
@SpringBootTest
@ActiveProfiles("test")
class SqlTokenStoreTest {

    @Autowired
    TokenStore store;
    @Autowired
    EntityManagerProvider entityManagers;
    @Autowired
    Serializer serializer;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private static final TrackingToken TOKEN = GapAwareTrackingToken.newInstance(1234, new TreeSet<>(List.of(1200L, 1201L)));

    @Test
    void aStoredTokenIsTheRowAxonsStoreWritesAndReadsBack() {
        assertThat(store).isInstanceOf(SqlTokenStore.class);
        String ours = "probe-" + UUID.randomUUID();
        String axons = "probe-" + UUID.randomUUID();
        JpaTokenStore axon = axon(ManagementFactory.getRuntimeMXBean().getName());
        transactions.executeInTransaction(() -> {
            store.initializeTokenSegments(ours, 1);
            axon.initializeTokenSegments(axons, 1);
        });
        transactions.executeInTransaction(() -> {
            store.fetchToken(ours, 0);
            axon.fetchToken(axons, 0);
            store.storeToken(TOKEN, ours, 0);
            axon.storeToken(TOKEN, axons, 0);
        });

        Map<String, Object> a = row(ours);
        Map<String, Object> b = row(axons);
        assertThat(a.get("timestamp").toString()).hasSize(b.get("timestamp").toString().length());
        a.remove("processor_name");
        b.remove("processor_name");
        a.remove("timestamp");
        b.remove("timestamp");
        assertThat(a).usingRecursiveComparison().isEqualTo(b);
        assertThat(transactions.fetchInTransaction(() -> store.fetchToken(ours, 0))).isEqualTo(TOKEN);
        assertThat(transactions.fetchInTransaction(() -> axon.fetchToken(ours, 0))).isEqualTo(TOKEN);
    }

    @Test
    void aSegmentAnotherNodeHoldsIsRefusedAndAFreeOneIsClaimed() {
        String name = "probe-" + UUID.randomUUID();
        JpaTokenStore other = axon("other-node");
        transactions.executeInTransaction(() -> store.initializeTokenSegments(name, 2));
        transactions.executeInTransaction(() -> other.fetchToken(name, 0));

        assertThatThrownBy(() -> transactions.executeInTransaction(() -> store.storeToken(TOKEN, name, 0)))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(row(name, 0).get("owner")).isEqualTo("other-node");
        assertThat(row(name, 0).get("token_type")).isNull();

        // Nobody holds segment 1: storing claims it, as Axon's store does.
        transactions.executeInTransaction(() -> store.storeToken(TOKEN, name, 1));
        assertThat(row(name, 1).get("owner")).isEqualTo(ManagementFactory.getRuntimeMXBean().getName());
        assertThatThrownBy(() -> transactions.fetchInTransaction(() -> other.fetchToken(name, 1)))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(transactions.fetchInTransaction(() -> store.fetchToken(name, 1))).isEqualTo(TOKEN);
    }

    /**
     * A processor that fetches its token (extending its claim: a loaded, changed entry) and stores a
     * new one in the same transaction keeps the new one: the entry is written before the update, not
     * over it at commit.
     */
    @Test
    void aTokenStoredInTheTransactionThatFetchedItIsTheOneKept() {
        String name = "probe-" + UUID.randomUUID();
        transactions.executeInTransaction(() -> store.initializeTokenSegments(name, 1));
        transactions.executeInTransaction(() -> store.storeToken(GapAwareTrackingToken.newInstance(7, new TreeSet<>()), name, 0));
        transactions.executeInTransaction(() -> {
            store.fetchToken(name, 0);
            store.storeToken(TOKEN, name, 0);
        });
        assertThat(transactions.fetchInTransaction(() -> store.fetchToken(name, 0))).isEqualTo(TOKEN);
    }

    private JpaTokenStore axon(String node) {
        return JpaTokenStore.builder().entityManagerProvider(entityManagers).serializer(serializer).nodeId(node).build();
    }

    private Map<String, Object> row(String processor) {
        return row(processor, 0);
    }

    private Map<String, Object> row(String processor, int segment) {
        Map<String, Object> row = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.putAll(jdbc.queryForMap("select * from token_entry where processor_name = ? and segment = ?",
                processor, segment));
        return row;
    }
}
