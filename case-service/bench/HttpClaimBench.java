import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * claim-next through HTTP: N investigators, each with its own connection and its own RS256 bearer token (signed
 * here with a key the service is started to trust as quarkus.oidc.public-key), POST /api/queues/{id}/claim in a
 * loop; latencies, throughput, errors and a duplicate check over the case ids in the 200 answers.
 *   java HttpClaimBench.java keygen DIR
 *   java HttpClaimBench.java run BASE_URL DIR THREADS SECONDS QUEUE_ID[,QUEUE_ID...] [WARMUP_SECONDS]
 * The first WARMUP_SECONDS (default 10) warm the JIT: their claims count for the duplicate check, not the figures.
 */
public class HttpClaimBench {

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final AtomicReference<String> FIRST_ERROR = new AtomicReference<>();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("keygen")) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(Path.of(args[1], "public.b64"), Base64.getEncoder().encodeToString(
                    pair.getPublic().getEncoded()));
            Files.write(Path.of(args[1], "private.der"), pair.getPrivate().getEncoded());
            return;
        }
        String base = args[1];
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Files.readAllBytes(Path.of(args[2], "private.der"))));
        int threads = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String[] queues = args[5].split(",");
        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[threads][];
        CountDownLatch done = new CountDownLatch(threads);
        int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        long measured = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measured + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            int me = t;
            String token = token(key, "http-bench-" + me);
            new Thread(() -> {
                latencies[me] = run(base + "/api/queues/" + queues[me % queues.length] + "/claim", token,
                        measured, end, claimed, errors);
                done.countDown();
            }).start();
        }
        done.await();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("http threads=%d seconds=%d claims=%d throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms"
                + " max=%.2fms errors=%d%n", threads, seconds, all.length, all.length / (double) seconds,
                pct(all, 50), pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                errors.get());
        if (FIRST_ERROR.get() != null) {
            System.out.println("first error: " + FIRST_ERROR.get());
        }
        System.out.printf("http handed out twice: %d (unique %d of %d)%n",
                claimed.size() - new HashSet<>(claimed).size(), new HashSet<>(claimed).size(), claimed.size());
    }

    static long[] run(String url, String token, long measured, long end, ConcurrentLinkedQueue<String> claimed,
            AtomicLong errors) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
        List<Long> took = new ArrayList<>();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 204) {
                    break;
                }
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() != 200 || !id.find()) {
                    FIRST_ERROR.compareAndSet(null, response.statusCode() + " " + response.headers().map()
                            + " " + response.body());
                    errors.incrementAndGet();
                    continue;
                }
                claimed.add(id.group(1));
                if (start >= measured) {
                    took.add(System.nanoTime() - start);
                }
            } catch (Exception e) {
                FIRST_ERROR.compareAndSet(null, e.toString());
                errors.incrementAndGet();
            }
        }
        return took.stream().mapToLong(Long::longValue).toArray();
    }

    /** A Keycloak-shaped access token: roles in groups and realm_access, the regions claim, an hour's life. */
    static String token(PrivateKey key, String user) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = ("{\"iss\":\"vigil-bench\",\"sub\":\"%s\",\"preferred_username\":\"%s\","
                + "\"groups\":[\"investigator\"],\"realm_access\":{\"roles\":[\"investigator\"]},"
                + "\"regions\":[\"US\",\"EU\",\"SG\"],\"iat\":%d,\"exp\":%d}").formatted(user, user, now, now + 3600);
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + url.encodeToString(rsa.sign());
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
