package vn.reviewledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.idempotency.ReadModelBarrier;
import vn.reviewledger.kernel.common.AuditKeys;

/** Sends a command with its audit metadata and, on request, waits for the read models. */
@Component
class CommandSender {

    private final CommandGateway gateway;
    private final CommandMetadata metadata;
    private final ReadModelBarrier barrier;

    CommandSender(CommandGateway gateway, CommandMetadata metadata, ReadModelBarrier barrier) {
        this.gateway = gateway;
        this.metadata = metadata;
        this.barrier = barrier;
    }

    <R> R send(Object command, HttpServletRequest request, String reason, boolean waitForReadModels) {
        return dispatch(command, metadata.of(request, reason), waitForReadModels);
    }

    /**
     * Sends one of the many commands of a single request, without its {@code Idempotency-Key}: the
     * key marks a request applied by its first command, which would make a retry after a crash halfway
     * through answer "applied earlier" for a half-done request. Only for commands that are idempotent
     * by themselves (the import's review ids are derived, so a rerun creates only what is missing).
     */
    <R> R sendOneOfMany(Object command, HttpServletRequest request, String reason) {
        return dispatch(command, metadata.of(request, reason).withoutKeys(Set.of(AuditKeys.IDEMPOTENCY_KEY,
                AuditKeys.IDEMPOTENCY_PRINCIPAL, AuditKeys.IDEMPOTENCY_CLAIM)), false);
    }

    private <R> R dispatch(Object command, MetaData metaData, boolean waitForReadModels) {
        long mark = waitForReadModels ? barrier.mark() : -1;
        R result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        if (waitForReadModels) {
            barrier.awaitReadModels(mark);
        }
        return result;
    }
}
