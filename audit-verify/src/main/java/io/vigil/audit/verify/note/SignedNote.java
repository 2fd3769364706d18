package io.vigil.audit.verify.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A C2SP signed note (https://c2sp.org/signed-note): text, a blank line, then signature lines. Checkpoints and
 * bundle manifests travel as signed notes.
 *
 * @param text the signed text, ending in a newline
 * @param signatures the signature lines, in order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    static final String SIGNATURE_PREFIX = "\u2014 "; // em dash and space open every signature line
    private static final int MAX_SIGNATURES = 100; // the limit the Go reference implementation enforces

    /** Copies the signatures. */
    public SignedNote {
        signatures = List.copyOf(signatures);
    }

    /** Signs {@code text} with {@code key}, returning the note with one signature. */
    public static SignedNote sign(String text, SignerKey key) {
        requireValidText(text);
        byte[] signature = key.sign(text.getBytes(StandardCharsets.UTF_8));
        return new SignedNote(text, List.of(new NoteSignature(key.name(), key.verifierKey().keyHash(), signature)));
    }

    /** Parses a note, checking its syntax but not its signatures. */
    public static SignedNote parse(String note) throws NoteVerificationException {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new NoteVerificationException("not a signed note: no blank line before the signatures");
        }
        if (split + 2 == note.length()) {
            throw new NoteVerificationException("note has no signatures");
        }
        String text = note.substring(0, split + 1);
        try {
            requireValidText(text);
        } catch (IllegalArgumentException e) {
            throw new NoteVerificationException("malformed note text: " + e.getMessage());
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : note.substring(split + 2, note.length() - 1).split("\n", -1)) {
            signatures.add(parseLine(line));
        }
        if (signatures.size() > MAX_SIGNATURES) {
            throw new NoteVerificationException("note has more than " + MAX_SIGNATURES + " signatures");
        }
        return new SignedNote(text, signatures);
    }

    private static NoteSignature parseLine(String line) throws NoteVerificationException {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new NoteVerificationException("malformed signature line \"" + line + "\"");
        }
        String[] parts = line.substring(SIGNATURE_PREFIX.length()).split(" ", -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            throw new NoteVerificationException("malformed signature line \"" + line + "\"");
        }
        return NoteSignature.decode(parts[0], parts[1]);
    }

    /**
     * Verifies the note against {@code key} and returns its text. It fails unless there is a signature with the
     * key's name and hash and every such signature verifies; signatures by other keys are ignored.
     */
    public String verify(VerifierKey key) throws NoteVerificationException {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (NoteSignature s : signatures) {
            if (s.keyName().equals(key.name()) && s.keyHash() == key.keyHash()) {
                if (!key.verifies(message, s.signature())) {
                    throw new NoteVerificationException("signature by " + key.name() + "+" + KeyNames.hex(key.keyHash())
                            + " does not verify: the note was altered or forged");
                }
                found = true;
            }
        }
        if (!found) {
            throw new NoteVerificationException("note has no signature by key " + key.name() + "+" + KeyNames.hex(key.keyHash()));
        }
        return text;
    }

    /** The note's wire form: text, blank line, one line per signature. */
    public String format() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(s -> out.append(s.line()).append('\n'));
        return out.toString();
    }

    // C2SP signed-note: the text is non-empty, ends in a newline and holds no control characters but newlines.
    private static void requireValidText(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must be non-empty and end with a newline");
        }
        if (text.chars().anyMatch(c -> (c < 0x20 && c != '\n') || c == 0x7f)) {
            throw new IllegalArgumentException("note text holds a control character");
        }
    }
}
