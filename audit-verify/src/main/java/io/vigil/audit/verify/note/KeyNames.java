package io.vigil.audit.verify.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Key names and key hashes as C2SP signed-note defines them, shared by signer and verifier keys. */
final class KeyNames {

    /** Signature type byte for Ed25519 in C2SP signed-note. */
    static final byte ED25519 = 0x01;

    private KeyNames() {
    }

    /** Key hash = first four bytes of SHA-256(name || "\n" || 0x01 || public key), big-endian. */
    static int keyHash(String name, byte[] publicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(ED25519);
            sha256.update(publicKey);
            return ByteBuffer.wrap(sha256.digest()).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Signed-note key names are non-empty and contain no whitespace and no '+'. */
    static void requireValid(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new IllegalArgumentException("key name \"" + name + "\" is empty or contains '+' or a space");
        }
    }

    static String hex(int keyHash) {
        return String.format("%08x", keyHash);
    }
}
