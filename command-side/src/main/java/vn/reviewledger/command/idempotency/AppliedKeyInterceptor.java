package vn.reviewledger.command.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.AuditKeys;

/**
 * Marks a command's {@code Idempotency-Key} applied in the very transaction that stores its events.
 *
 * <p>Why: the key's answer is stored after the command, so a process killed in between left the key
 * claimed with no way to tell whether the command ran. Axon's command bus opens the transaction when
 * the unit of work starts (SimpleCommandBus attaches the Spring transaction manager before the
 * interceptors run) and commits it after the prepare-commit phase, where the JPA event store also
 * appends the events. The update below runs in that phase through JdbcTemplate, which joins the
 * same JPA transaction: events and mark are kept together or lost together.
 *
 * <p>Registered on the command bus by Axon's Spring Boot auto-configuration, which adds every
 * {@code MessageHandlerInterceptor<CommandMessage<?>>} bean after its own transaction interceptor.
 * Under the {@code axonserver} profile the events are stored by Axon Server, outside this database
 * transaction: there a kill between the two commits can still leave a key marked "not applied"
 * for a command that was; its retry is then refused by the command's own checks (If-Match, derived
 * review ids) rather than applied twice.
 */
@Component
class AppliedKeyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The column's size; a larger result is not kept (the answer then says only "applied"). */
    private static final int MAX_RESULT = 1000;

    private final IdempotencyStore store;
    private final ObjectMapper json;

    AppliedKeyInterceptor(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        if (!(metaData.get(AuditKeys.IDEMPOTENCY_KEY) instanceof String key)
                || !(metaData.get(AuditKeys.IDEMPOTENCY_PRINCIPAL) instanceof String principal)
                || !(metaData.get(AuditKeys.IDEMPOTENCY_CLAIM) instanceof String token)) {
            return chain.proceed();
        }
        Object result = chain.proceed();
        // Only reached when the handler succeeded; a failed command rolls back and marks nothing.
        String kept = resultJson(result);
        unitOfWork.onPrepareCommit(u -> store.markApplied(new IdempotencyStore.Claim(principal, key, token), kept));
        return result;
    }

    private String resultJson(Object result) {
        try {
            String s = json.writeValueAsString(result);
            return s.length() <= MAX_RESULT ? s : null;
        } catch (JsonProcessingException e) {
            return null; // the result is a convenience of the answer; the mark is what matters
        }
    }
}
