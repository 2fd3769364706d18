package io.vigil.audit.verify.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line of a signed note, {@code — <key name> <base64(4-byte key hash || signature)>}.
 *
 * @param keyName the name of the key that claims to have signed
 * @param keyHash the key hash the line carries
 * @param signature the signature bytes (64 for Ed25519)
 */
public record NoteSignature(String keyName, int keyHash, byte[] signature) {

    /** Copies the signature bytes. */
    public NoteSignature {
        signature = signature.clone();
    }

    /** The signature bytes (a copy). */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Decodes the base64 blob of a signature line. */
    static NoteSignature decode(String keyName, String base64) throws NoteVerificationException {
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new NoteVerificationException("signature by " + keyName + " is not base64");
        }
        if (blob.length < 5) {
            throw new NoteVerificationException("signature by " + keyName + " is too short to hold a key hash");
        }
        return new NoteSignature(keyName, ByteBuffer.wrap(blob).getInt(), Arrays.copyOfRange(blob, 4, blob.length));
    }

    /** The signature line without its trailing newline. */
    String line() {
        byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyHash).put(signature).array();
        return SignedNote.SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(blob);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature s && s.keyName.equals(keyName) && s.keyHash == keyHash
                && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return keyName.hashCode() * 31 + Arrays.hashCode(signature);
    }
}
