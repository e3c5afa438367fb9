package vn.reviewledger.query.progress;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that moves whenever the progress read model may have changed in this process: once per
 * transaction of the progress processor (a batch, or a whole rebuild), after it completes, so that a
 * dashboard cached under the old value is never served once the new rows are visible. Moving after
 * completion rather than on each write is what makes it safe: a reader that saw the old value may
 * have read the old rows, and its cache entry is dropped at the next read.
 */
@Component
class ProgressVersion {

    private final AtomicLong version = new AtomicLong();
    /** Bound to a transaction that already has its synchronization registered. */
    private final Object marker = new Object();

    long current() {
        return version.get();
    }

    /** Called by the progress handlers for every change they write. */
    void changing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            version.incrementAndGet();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(marker)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(marker, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(marker);
                version.incrementAndGet();
            }
        });
    }
}
