package io.vigil.console.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps each user's {@link MediaDisplay} in a cookie signed for that user (HMAC-SHA256 over user name and
 * choice). The console has no database; a signed cookie bound to the user means a colleague signing in on the
 * same browser still starts from the safe default, and a hand-edited cookie is ignored rather than trusted.
 */
@ApplicationScoped
public class MediaPreference {

    public static final String COOKIE = "vigil_media";
    private static final Logger LOG = Logger.getLogger(MediaPreference.class);
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final byte[] key;

    public MediaPreference(@ConfigProperty(name = "vigil.console.preference-key") Optional<String> preferenceKey,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> clientSecret) {
        this.key = preferenceKey.or(() -> clientSecret).map(MediaPreference::derive).orElseGet(() -> {
            LOG.warn("Neither vigil.console.preference-key nor the OIDC client secret is set: media preferences "
                    + "are signed with a key that lasts until this process stops");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    /** The user's choice, or the safe default when there is none, or it was signed for someone else. */
    public MediaDisplay of(String cookieValue, String user) {
        if (cookieValue == null || user == null) {
            return MediaDisplay.BLUR;
        }
        int dot = cookieValue.indexOf('.');
        if (dot < 0) {
            return MediaDisplay.BLUR;
        }
        Optional<MediaDisplay> display = MediaDisplay.parse(cookieValue.substring(0, dot));
        return display.filter(d -> MessageDigest.isEqual(sign(user, d).getBytes(StandardCharsets.US_ASCII),
                cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))).orElse(MediaDisplay.BLUR);
    }

    public NewCookie cookie(MediaDisplay display, String user, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(display.value() + "." + sign(user, display)).path("/")
                .maxAge(ONE_YEAR).httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }

    private String sign(String user, MediaDisplay display) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal((user + "\n" + display.value()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    /** A key of its own, derived from the configured secret, so the cookie never reveals the secret's use. */
    private static byte[] derive(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("vigil-console-media-preference\n" + secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
