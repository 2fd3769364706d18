package io.vigil.audit.verify.note;

import java.util.Arrays;
import java.util.Base64;

/**
 * A log's public key in the C2SP signed-note verifier-key form {@code <name>+<hex key hash>+<base64(0x01 ||
 * public key)>}, the form {@code GET /api/audit/public-key} serves and bundles carry in {@code public-key.txt}.
 *
 * @param name the key name, by convention the checkpoint origin
 * @param keyHash the 4-byte key hash as a big-endian int
 * @param publicKey the raw 32-byte Ed25519 public key
 */
public record VerifierKey(String name, int keyHash, byte[] publicKey) {

    /** Validates the name and key length and that the key hash is the one the name and key produce. */
    public VerifierKey {
        KeyNames.requireValid(name);
        if (publicKey.length != Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("Ed25519 public key is " + publicKey.length + " bytes, not 32");
        }
        publicKey = publicKey.clone();
        if (keyHash != KeyNames.keyHash(name, publicKey)) {
            throw new IllegalArgumentException("key hash " + KeyNames.hex(keyHash) + " does not match key " + name);
        }
    }

    /** Creates the verifier key for {@code name} and a raw public key, computing its hash. */
    public static VerifierKey of(String name, byte[] publicKey) {
        return new VerifierKey(name, KeyNames.keyHash(name, publicKey), publicKey);
    }

    /** Parses the text form; surrounding whitespace (a trailing newline in a file) is ignored. */
    public static VerifierKey parse(String text) throws NoteVerificationException {
        String[] parts = text.strip().split("\\+", 3);
        try {
            if (parts.length != 3 || parts[1].length() != 8) {
                throw new IllegalArgumentException("expected <name>+<8 hex digits>+<base64 key>");
            }
            byte[] typed = Base64.getDecoder().decode(parts[2]);
            if (typed.length != Ed25519.KEY_SIZE + 1 || typed[0] != KeyNames.ED25519) {
                throw new IllegalArgumentException("key is not 0x01 (Ed25519) followed by 32 bytes");
            }
            int hash = Integer.parseUnsignedInt(parts[1], 16);
            return new VerifierKey(parts[0], hash, Arrays.copyOfRange(typed, 1, typed.length));
        } catch (IllegalArgumentException e) {
            throw new NoteVerificationException("malformed verifier key: " + e.getMessage());
        }
    }

    /** Whether {@code signature} is this key's valid Ed25519 signature over {@code message}. */
    public boolean verifies(byte[] message, byte[] signature) {
        return signature.length == Ed25519.SIGNATURE_SIZE && Ed25519.verify(publicKey, message, signature);
    }

    /** The raw public key (a copy). */
    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The verifier-key text form. */
    public String encode() {
        byte[] typed = new byte[Ed25519.KEY_SIZE + 1];
        typed[0] = KeyNames.ED25519;
        System.arraycopy(publicKey, 0, typed, 1, Ed25519.KEY_SIZE);
        return name + "+" + KeyNames.hex(keyHash) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey k && k.name.equals(name) && Arrays.equals(k.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return encode();
    }
}
