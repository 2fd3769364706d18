package io.vigil.console.audit;

import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ForwardedHeaders;
import io.vigil.console.outbound.ServiceCalls;
import io.vigil.console.outbound.ServiceProblem;
import io.vigil.console.outbound.ServiceRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Streams an export bundle from audit-service to the browser. Bundles run to hundreds of megabytes, so they go
 * through the JDK's HTTP client byte for byte instead of being buffered whole by the REST client; the request
 * carries the same user token and request id as every other call the console makes.
 */
@ApplicationScoped
public class BundleDownloads {

    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration FIRST_BYTE = Duration.ofSeconds(30);

    private final AuditServiceConfig config;
    private final ForwardedHeaders headers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();

    public BundleDownloads(AuditServiceConfig config, ForwardedHeaders headers) {
        this.config = config;
        this.headers = headers;
    }

    /** An open bundle: its length when audit-service said it, and the bytes to copy to the browser. */
    public record Bundle(Long length, StreamingOutput body) {
    }

    public Answer<Bundle> open(UUID exportId) {
        return ServiceCalls.call(AuditSearchPage.SERVICE, () -> fetch(exportId));
    }

    private Bundle fetch(UUID exportId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url().replaceAll("/+$", "")
                + "/api/audit/exports/" + exportId + "/bundle")).timeout(FIRST_BYTE).GET();
        headers.update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>())
                .forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ProcessingException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProcessingException(e);
        }
        if (response.statusCode() != 200) {
            throw new ServiceRefusedException(ServiceProblem.read(response.statusCode(), text(response.body())));
        }
        Long length = response.headers().firstValueAsLong("Content-Length").stream().boxed().findFirst().orElse(null);
        return new Bundle(length, out -> {
            try (InputStream in = response.body()) {
                in.transferTo(out);
            }
        });
    }

    private static String text(InputStream body) {
        try (body) {
            return new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
