import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for audit-service ingest (DESIGN section 9): CLIENTS threads POST batches of BATCH envelopes
 * (realistic size, about 600 bytes each) for SECONDS, each thread its own producer with a gapless producerSeq.
 * Prints accepted events and events/s as seen over HTTP. Run: java IngestLoad.java URL TOKEN BATCH CLIENTS SECONDS
 */
public class IngestLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + "/api/audit/events");
        String token = args[1];
        int batch = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            String producer = "bench-" + run + "-" + t;
            threads[t] = new Thread(() -> {
                long seq = 0;
                while (System.nanoTime() < until) {
                    StringBuilder body = new StringBuilder(batch * 700).append('[');
                    for (int i = 0; i < batch; i++) {
                        body.append(i == 0 ? "" : ",").append(envelope(producer, seq + i));
                    }
                    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 202) {
                            accepted.addAndGet(batch);
                            seq += batch;
                        } else {
                            failures.incrementAndGet();
                            System.err.println(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("http: %d events accepted in %.1f s = %.0f events/s (%d failed requests)%n", accepted.get(),
                seconds, accepted.get() / seconds, failures.get());
    }

    static String envelope(String producer, long seq) {
        String target = "case-" + (seq * 7919 % 1_000_000);
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"producer\":\"" + producer + "\",\"producerSeq\":" + seq
                + ",\"occurredAt\":\"" + Instant.now() + "\",\"actor\":{\"type\":\"user\",\"ref\":\"sub-ivy\","
                + "\"roles\":[\"investigator\"]},\"action\":\"case.transition\",\"outcome\":{\"status\":\"success\"},"
                + "\"target\":{\"type\":\"case\",\"id\":\"" + target + "\",\"version\":2},\"region\":\"US\","
                + "\"reason\":{\"code\":\"triaged\",\"text\":\"Moved to triage after first look\"},"
                + "\"sop\":{\"key\":\"shop.counterfeit\",\"version\":3},\"correlationId\":\"" + UUID.randomUUID() + "\","
                + "\"subjects\":[{\"ref\":\"A-" + seq % 200_000 + "\",\"role\":\"account\"}],"
                + "\"changes\":[{\"field\":\"status\",\"before\":\"NEW\",\"after\":\"TRIAGED\"}]}";
    }
}
