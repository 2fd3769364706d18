package io.vigil.cases.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests as the Standard Webhooks specification does, so receivers can use its libraries:
 * {@code webhook-signature: v1,<base64 HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>}. A secret
 * written {@code whsec_<base64>} is that key in base64 (the specification's form); any other secret is used as its
 * UTF-8 bytes.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    static final String PREFIX = "whsec_";
    private static final String SCHEME = "v1,";

    private final SecretKeySpec key;

    public WebhookSignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a webhook secret is required");
        }
        byte[] bytes = secret.startsWith(PREFIX) ? Base64.getDecoder().decode(secret.substring(PREFIX.length()))
                : secret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The {@code webhook-signature} value for one attempt. */
    public String sign(String id, long timestamp, String body) {
        return SCHEME + Base64.getEncoder().encodeToString(mac(id + "." + timestamp + "." + body));
    }

    /**
     * Checks a received request: the timestamp within {@code tolerance} of {@code now} (against replays) and one of
     * the space-separated signatures equal to ours (compared in constant time).
     */
    public void verify(String id, String timestamp, String body, String signatures, Instant now, Duration tolerance)
            throws WebhookSignatureException {
        if (id == null || timestamp == null || signatures == null) {
            throw new WebhookSignatureException("missing webhook-id, webhook-timestamp or webhook-signature");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookSignatureException("webhook-timestamp is not a number of seconds");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            throw new WebhookSignatureException("webhook-timestamp is outside the tolerance of " + tolerance);
        }
        byte[] expected = sign(id, seconds, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : signatures.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return;
            }
        }
        throw new WebhookSignatureException("no v1 signature matches the body");
    }

    private byte[] mac(String content) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}
