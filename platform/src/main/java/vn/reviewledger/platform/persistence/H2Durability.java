package vn.reviewledger.platform.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * An H2 file database writes each commit before it returns, whatever URL the operator configured.
 * H2's default {@code WRITE_DELAY} (500 ms) lets a {@code kill -9} lose commits that were already
 * acknowledged (CrashRecoveryIT found it); the default URL says {@code WRITE_DELAY=0}, but a user's
 * own {@code spring.datasource.url} would silently drop it. So every pooled connection runs
 * {@code SET WRITE_DELAY 0} when it opens. This protects against a killed process, not a power cut:
 * H2 does not fsync each commit (README, "Durability").
 */
@Component
class H2Durability implements BeanPostProcessor {

    static final String WRITE_AT_COMMIT = "SET WRITE_DELAY 0";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isH2File(pool.getJdbcUrl())) {
            String own = pool.getConnectionInitSql();
            // H2 runs several statements of one execute in turn, so an operator's own init SQL is kept.
            pool.setConnectionInitSql(own == null || own.isBlank() ? WRITE_AT_COMMIT : own + ";" + WRITE_AT_COMMIT);
        }
        return bean;
    }

    /** In-memory databases have nothing to write; TCP servers are configured on the server. */
    static boolean isH2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }
}
