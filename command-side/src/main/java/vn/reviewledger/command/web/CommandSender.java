package vn.reviewledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

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
        R result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(metadata.of(request, reason)));
        if (waitForReadModels) {
            barrier.awaitReadModels();
        }
        return result;
    }
}
