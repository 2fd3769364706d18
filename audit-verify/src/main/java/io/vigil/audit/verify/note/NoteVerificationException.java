package io.vigil.audit.verify.note;

/**
 * Thrown when a signed note, a key or a checkpoint is malformed or its signature does not verify; the message
 * names the exact problem so an auditor can act on it.
 */
public final class NoteVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the problem. */
    public NoteVerificationException(String message) {
        super(message);
    }
}
