package vn.reviewbench.flowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import vn.reviewbench.measure.HttpReads;

/**
 * A thin JSON endpoint over Flowable's HistoryService, the peer of our GET /api/reviews/{id}/history:
 * {@code GET /reviews/{subjectId}/history} on localhost, Basic authentication of a fixed user (so both
 * sides receive and check the header; ours hashes the password through Spring Security, this compares
 * the header), the four history results as response records serialised by Jackson, as flowable-rest's
 * response factory does.
 */
final class HistoryEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/reviews/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    HistoryEndpoint(Function<String, FlowableSide.History> history) throws IOException {
        // TCP_NODELAY, as Tomcat sets it on ours: without it the headers and the body go in two writes and
        // Nagle's algorithm with the client's delayed ACK adds about 40 ms to every answer. Read once, when
        // the JDK's server configuration class loads (the first HttpServer.create).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (!HttpReads.AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    send(exchange, 401, new byte[0]);
                    return;
                }
                FlowableSide.History h = path.endsWith("/history")
                        ? history.apply(path.substring(PREFIX.length(), path.length() - "/history".length())) : null;
                if (h == null) {
                    send(exchange, 404, new byte[0]);
                    return;
                }
                send(exchange, 200, JSON.writeValueAsBytes(view(h)));
            } catch (RuntimeException e) {
                send(exchange, 500, String.valueOf(e).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    String base() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    record Instance(String id, String businessKey, String processDefinitionId, Date startTime, Date endTime,
                    Long durationInMillis, String startActivityId, String endActivityId) {
    }

    record Activity(String id, String activityId, String activityName, String activityType, String taskId,
                    String assignee, Date startTime, Date endTime, Long durationInMillis) {
    }

    record Task(String id, String name, String taskDefinitionKey, String assignee, Date createTime, Date endTime,
                Long durationInMillis, String deleteReason) {
    }

    record Variable(String id, String name, String type, Object value, Date createTime, Date lastUpdatedTime) {
    }

    record View(Instance instance, List<Activity> activities, List<Task> tasks, List<Variable> variables) {
    }

    private static View view(FlowableSide.History h) {
        var p = h.instance();
        return new View(p == null ? null : new Instance(p.getId(), p.getBusinessKey(), p.getProcessDefinitionId(),
                p.getStartTime(), p.getEndTime(), p.getDurationInMillis(), p.getStartActivityId(), p.getEndActivityId()),
                h.activities().stream().map(a -> new Activity(a.getId(), a.getActivityId(), a.getActivityName(),
                        a.getActivityType(), a.getTaskId(), a.getAssignee(), a.getStartTime(), a.getEndTime(),
                        a.getDurationInMillis())).toList(),
                h.tasks().stream().map(t -> new Task(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getAssignee(),
                        t.getCreateTime(), t.getEndTime(), t.getDurationInMillis(), t.getDeleteReason())).toList(),
                h.variables().stream().map(v -> new Variable(v.getId(), v.getVariableName(), v.getVariableTypeName(),
                        v.getValue(), v.getCreateTime(), v.getLastUpdatedTime())).toList());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
