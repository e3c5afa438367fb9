package vn.reviewledger.query.access;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Ends every server-sent-event stream when the application stops. A stream never finishes by
 * itself, and the web server's graceful shutdown would otherwise wait its full timeout for them;
 * this bean stops before it (the default phase stops first), so browsers just reconnect elsewhere.
 */
@Component
public class OpenStreams implements SmartLifecycle {

    private final Sinks.Empty<Void> closing = Sinks.empty();
    private volatile boolean running;

    public <T> Flux<T> untilShutdown(Flux<T> stream) {
        return stream.takeUntilOther(closing.asMono());
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closing.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
