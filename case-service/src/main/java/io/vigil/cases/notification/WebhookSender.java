package io.vigil.cases.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts one signed notification body to the configured receiver and says how it went. A 2xx answer is delivery;
 * anything else (another status, a timeout, no connection) is a failed attempt to retry.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    WebhookSender(NotificationConfig config, Clock clock) {
        this.timeout = config.timeout();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The outcome of one attempt: delivered, or the reason it was not, in words for the timeline. */
    public record Attempt(boolean delivered, String error) {
    }

    public Attempt send(URI url, WebhookSignature signature, Notification notification) {
        long timestamp = clock.instant().getEpochSecond();
        String id = notification.id().toString();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "vigil-case-service")
                .header(WebhookSignature.ID_HEADER, id)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, signature.sign(id, timestamp, notification.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(notification.payload())).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? new Attempt(true, null) : new Attempt(false, "receiver answered " + status);
        } catch (HttpTimeoutException e) {
            return new Attempt(false, "no answer within " + timeout.toSeconds() + "s");
        } catch (ConnectException e) {
            return new Attempt(false, "could not connect to the receiver");
        } catch (IOException e) {
            return new Attempt(false, "network error talking to the receiver");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, "interrupted while sending");
        }
    }
}
