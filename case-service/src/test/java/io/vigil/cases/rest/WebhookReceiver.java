package io.vigil.cases.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver for the tests, on the JDK's HTTP server: {@code POST /hook} records each request and answers
 * 200, or the scripted failure status while a notification id has failures left ({@code POST /script?id=&fail=&status=});
 * {@code GET /received?id=} lists what arrived for an id. Tests talk to it over HTTP, so nothing depends on which
 * class loader loaded this class. It is global: every test class shares one application start.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    /** The shared secret the application signs with in tests, in the Standard Webhooks form. */
    public static final String SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLXZpZ2lsLXdlYmhvb2tz";

    private final List<Map<String, String>> received = new ArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a port for the test webhook receiver", e);
        }
        server.createContext("/hook", this::hook);
        server.createContext("/script", this::script);
        server.createContext("/received", this::list);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("vigil.cases.notifications.webhook.url", base + "/hook",
                "vigil.cases.notifications.webhook.secret", SECRET, "vigil.test.webhook-receiver", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void hook(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        Map<String, String> request = new LinkedHashMap<>();
        request.put("id", id);
        request.put("timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"));
        request.put("signature", exchange.getRequestHeaders().getFirst("webhook-signature"));
        request.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
        request.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        AtomicInteger left = id == null ? null : failuresLeft.get(id);
        int status = left != null && left.getAndDecrement() > 0 ? failureStatus.get(id) : 200;
        request.put("answered", Integer.toString(status));
        synchronized (received) {
            received.add(request);
        }
        answer(exchange, status, "");
    }

    private void script(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        failuresLeft.put(query.get("id"), new AtomicInteger(Integer.parseInt(query.get("fail"))));
        failureStatus.put(query.get("id"), Integer.parseInt(query.getOrDefault("status", "503")));
        answer(exchange, 204, "");
    }

    private void list(HttpExchange exchange) throws IOException {
        String id = query(exchange).get("id");
        List<Map<String, String>> matching;
        synchronized (received) {
            matching = received.stream().filter(r -> id == null || id.equals(r.get("id"))).toList();
        }
        answer(exchange, 200, json.writeValueAsString(matching));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return query;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
