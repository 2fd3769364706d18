package io.vigil.audit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.audit.privacy.Sealer.Sealed;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class SealerTest {

    private final Sealer sealer = new Sealer(new SecureRandom());
    private final SecretKey key = sealer.newKey();
    private final byte[] context = "event-1:U-9".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealedDataOpensWithItsKeyAndContext() throws Exception {
        Sealed sealed = sealer.seal(key, "jane@example.com".getBytes(StandardCharsets.UTF_8), context);
        assertThat(new String(sealer.open(key, sealed, context), StandardCharsets.UTF_8)).isEqualTo("jane@example.com");
    }

    @Test
    void anotherKeyAnotherContextOrAFlippedBitDoNotOpenIt() {
        Sealed sealed = sealer.seal(key, "jane".getBytes(StandardCharsets.UTF_8), context);
        assertThatThrownBy(() -> sealer.open(sealer.newKey(), sealed, context)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> sealer.open(key, sealed, "event-2:U-9".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GeneralSecurityException.class);
        sealed.ciphertext()[0] ^= 1;
        assertThatThrownBy(() -> sealer.open(key, sealed, context)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void everySealUsesAFreshNonce() {
        byte[] data = "same".getBytes(StandardCharsets.UTF_8);
        assertThat(sealer.seal(key, data, context).nonce()).isNotEqualTo(sealer.seal(key, data, context).nonce());
    }
}
