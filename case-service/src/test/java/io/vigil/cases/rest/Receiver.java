package io.vigil.cases.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The tests' side of {@link WebhookReceiver}: script failures, read what arrived, and check a signature by hand. */
final class Receiver {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;

    Receiver(String base) {
        this.base = base;
    }

    /** The next {@code times} deliveries of notification {@code id} are answered with {@code status}. */
    void fail(String id, int times, int status) {
        call(HttpRequest.newBuilder(URI.create(base + "/script?id=" + id + "&fail=" + times + "&status=" + status))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Every request received for notification {@code id}, oldest first. */
    List<Map<String, String>> received(String id) {
        String body = call(HttpRequest.newBuilder(URI.create(base + "/received?id=" + id)).GET().build());
        try {
            return JSON.readValue(body, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The signature computed independently of the application's code, as a receiver following the Standard Webhooks
     * specification would: HMAC-SHA256 with the base64 key after {@code whsec_}, over {@code id.timestamp.body}.
     */
    static String expectedSignature(Map<String, String> request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(WebhookReceiver.SECRET.substring("whsec_".length())),
                    "HmacSHA256"));
            byte[] signed = mac.doFinal((request.get("id") + "." + request.get("timestamp") + "." + request.get("body"))
                    .getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
