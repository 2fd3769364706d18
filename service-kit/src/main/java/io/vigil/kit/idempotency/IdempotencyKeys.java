package io.vigil.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kit.problem.InvalidRequestException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The Idempotency-Key header's syntax and the fingerprint a key is bound to. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private IdempotencyKeys() {
    }

    /** The key as given, or a 400 problem naming the header when it is not 1 to 200 visible ASCII characters. */
    public static String check(String key) {
        if (!VISIBLE_ASCII.matcher(key).matches()) {
            throw new InvalidRequestException(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        return key;
    }

    /** SHA-256 (hex) of the request as JSON: equal requests, however their bodies were spaced, match. */
    public static String fingerprint(ObjectMapper json, Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
