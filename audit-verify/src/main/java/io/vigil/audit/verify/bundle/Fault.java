package io.vigil.audit.verify.bundle;

/**
 * One thing wrong with a bundle, precise enough for an auditor to find it.
 *
 * @param kind the category
 * @param where the file, seq or checkpoint concerned, for example {@code events.ndjson seq 42}
 * @param message what is wrong there
 */
public record Fault(FaultKind kind, String where, String message) {

    @Override
    public String toString() {
        return kind + " " + where + ": " + message;
    }
}
