package io.vigil.audit.verify.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the log's origin, tree size and root hash, signed as
 * a note, which is what every root an auditor trusts comes from.
 *
 * @param origin the log's unique name, for example {@code audit.vigil.example/us}
 * @param size the tree size
 * @param rootHash the 32-byte RFC 9162 root hash of the tree of that size
 * @param extensions optional extension lines after the root, without newlines
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    /** Validates the fields so a checkpoint can always be written out. */
    public Checkpoint {
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("origin must be one non-empty line");
        }
        if (size < 0 || rootHash.length != 32) {
            throw new IllegalArgumentException("checkpoint needs a non-negative size and a 32-byte root");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
    }

    /** A checkpoint without extension lines. */
    public static Checkpoint of(String origin, long size, byte[] rootHash) {
        return new Checkpoint(origin, size, rootHash, List.of());
    }

    /** Parses a checkpoint body: origin, decimal size and base64 root, each on its own line, then extensions. */
    public static Checkpoint parse(String body) throws NoteVerificationException {
        String[] lines = body.split("\n", -1);
        if (lines.length < 4 || !lines[lines.length - 1].isEmpty()) {
            throw new NoteVerificationException("checkpoint body needs origin, size and root lines");
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new NoteVerificationException("checkpoint size \"" + lines[1] + "\" is not a decimal number");
        }
        try {
            byte[] root = Base64.getDecoder().decode(lines[2]);
            List<String> extensions = Arrays.asList(lines).subList(3, lines.length - 1);
            return new Checkpoint(lines[0], Long.parseLong(lines[1]), root, extensions);
        } catch (IllegalArgumentException e) {
            throw new NoteVerificationException("malformed checkpoint: " + e.getMessage());
        }
    }

    /** Verifies a signed checkpoint note with {@code key} and returns the checkpoint it carries. */
    public static Checkpoint verify(String note, VerifierKey key) throws NoteVerificationException {
        return parse(SignedNote.parse(note).verify(key));
    }

    /** The body text that gets signed. */
    public String body() {
        StringBuilder out = new StringBuilder().append(origin).append('\n').append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }

    /** Signs the checkpoint and returns the note's wire form. */
    public String sign(SignerKey key) {
        return SignedNote.sign(body(), key).format();
    }

    /** The root hash (a copy). */
    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && c.origin.equals(origin) && c.size == size
                && Arrays.equals(c.rootHash, rootHash) && c.extensions.equals(extensions);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size) * 17 + Arrays.hashCode(rootHash);
    }
}
