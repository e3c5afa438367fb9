package vn.reviewledger.query.ops.replay;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;

/**
 * The rule for which processors can be rebuilt: every handler of the processor must be an annotated
 * projection that declares a {@code @ResetHandler} (which empties what it owns). A handler without
 * one would keep its old state under a replay and double it: that processor is refused rather than
 * half replayed.
 *
 * <p>The handlers are taken from the processor's own invoker, so the rebuild runs exactly the
 * handlers (and parameter resolution) the live processor runs, but without its dead-letter queue: a
 * failure during a rebuild rolls the whole rebuild back instead of parking a sequence.
 */
final class RebuildableHandlers {

    private RebuildableHandlers() {
    }

    /** The processor's handlers as a plain invoker, or empty when the rule above refuses it. */
    static Optional<SimpleEventHandlerInvoker> of(EventProcessor processor) {
        if (!(processor instanceof AbstractEventProcessor p)) {
            return Optional.empty();
        }
        List<EventMessageHandler> handlers = new ArrayList<>();
        collect(p.eventHandlerInvoker(), handlers);
        if (handlers.isEmpty() || !handlers.stream().allMatch(RebuildableHandlers::resets)) {
            return Optional.empty();
        }
        // Propagating: the default error handler would log a failure and go on, leaving a hole in the model.
        return Optional.of(SimpleEventHandlerInvoker.builder().eventHandlers(handlers)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build());
    }

    private static void collect(EventHandlerInvoker invoker, List<EventMessageHandler> into) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(d -> collect(d, into));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            into.addAll(simple.eventHandlers());
        } else {
            // An invoker of a kind we cannot look into: refuse the processor.
            into.add(null);
        }
    }

    private static boolean resets(EventMessageHandler handler) {
        if (!(handler instanceof AnnotationEventHandlerAdapter adapter)) {
            return false;
        }
        for (Class<?> c = adapter.getTargetType(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(ResetHandler.class)) {
                    return true;
                }
            }
        }
        return false;
    }
}
