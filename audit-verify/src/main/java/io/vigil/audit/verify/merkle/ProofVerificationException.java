package io.vigil.audit.verify.merkle;

/** Thrown when an inclusion or consistency proof does not prove what it claims; the message says why. */
public final class ProofVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the failed check. */
    public ProofVerificationException(String message) {
        super(message);
    }
}
