package io.vigil.audit.verify.note;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A log's private Ed25519 signing key in the text form of Go's {@code golang.org/x/mod/sumdb/note}:
 * {@code PRIVATE+KEY+<name>+<hex key hash>+<base64(0x01 || 32-byte seed)>}, so the audit-service can read it
 * from a file or an environment variable and other note tooling can read it too.
 *
 * @param name the key name, by convention the checkpoint origin
 * @param seed the 32-byte Ed25519 private key seed (RFC 8032 section 5.1.5)
 */
public record SignerKey(String name, byte[] seed) {

    private static final String PREFIX = "PRIVATE+KEY+";

    /** Validates the name and the seed length. */
    public SignerKey {
        KeyNames.requireValid(name);
        if (seed.length != Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("Ed25519 seed is " + seed.length + " bytes, not 32");
        }
        seed = seed.clone();
    }

    /** Generates a fresh key named {@code name} from {@code random}. */
    public static SignerKey generate(String name, SecureRandom random) {
        byte[] seed = new byte[Ed25519.KEY_SIZE];
        random.nextBytes(seed);
        return new SignerKey(name, seed);
    }

    /** Parses the text form, checking that its key hash matches the key it holds. */
    public static SignerKey parse(String text) throws NoteVerificationException {
        String trimmed = text.strip();
        if (!trimmed.startsWith(PREFIX)) {
            throw new NoteVerificationException("malformed signer key: it does not start with " + PREFIX);
        }
        String[] parts = trimmed.substring(PREFIX.length()).split("\\+", 3);
        try {
            if (parts.length != 3 || parts[1].length() != 8) {
                throw new IllegalArgumentException("expected PRIVATE+KEY+<name>+<8 hex digits>+<base64 seed>");
            }
            byte[] typed = Base64.getDecoder().decode(parts[2]);
            if (typed.length != Ed25519.KEY_SIZE + 1 || typed[0] != KeyNames.ED25519) {
                throw new IllegalArgumentException("key is not 0x01 (Ed25519) followed by a 32-byte seed");
            }
            SignerKey key = new SignerKey(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
            if (key.verifierKey().keyHash() != Integer.parseUnsignedInt(parts[1], 16)) {
                throw new IllegalArgumentException("key hash " + parts[1] + " does not match the key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new NoteVerificationException("malformed signer key: " + e.getMessage());
        }
    }

    /** The matching public verifier key. */
    public VerifierKey verifierKey() {
        return VerifierKey.of(name, Ed25519.publicKeyOf(seed));
    }

    /** The Ed25519 signature over {@code message}. */
    public byte[] sign(byte[] message) {
        return Ed25519.sign(seed, message);
    }

    /** The seed (a copy). */
    @Override
    public byte[] seed() {
        return seed.clone();
    }

    /** The private-key text form; keep it secret. */
    public String encode() {
        byte[] typed = new byte[Ed25519.KEY_SIZE + 1];
        typed[0] = KeyNames.ED25519;
        System.arraycopy(seed, 0, typed, 1, Ed25519.KEY_SIZE);
        return PREFIX + name + "+" + KeyNames.hex(verifierKey().keyHash()) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignerKey k && k.name.equals(name) && Arrays.equals(k.seed, seed);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(seed);
    }

    /** Never prints the seed, so keys do not leak into logs. */
    @Override
    public String toString() {
        return "SignerKey[" + name + "]";
    }
}
