package io.vigil.audit.privacy;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing with a fresh 96-bit nonce per message (NIST SP 800-38D) and associated data binding the
 * ciphertext to its context, so a sealed payload cannot be moved to another event or subject unnoticed.
 */
public final class Sealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random;

    public Sealer(SecureRandom random) {
        this.random = random;
    }

    public SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is unavailable", e);
        }
    }

    public static SecretKey key(byte[] raw) {
        return new SecretKeySpec(raw, "AES");
    }

    public Sealed seal(SecretKey key, byte[] plaintext, byte[] context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return new Sealed(nonce, run(Cipher.ENCRYPT_MODE, key, nonce, plaintext, context));
    }

    /** The plaintext; throws when the key, the nonce, the context or a ciphertext bit is wrong. */
    public byte[] open(SecretKey key, Sealed sealed, byte[] context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
        cipher.updateAAD(context);
        return cipher.doFinal(sealed.ciphertext());
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] input, byte[] context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    /** A nonce and the ciphertext with its tag. */
    public record Sealed(byte[] nonce, byte[] ciphertext) {
    }
}
