package io.vigil.audit.verify.cli;

import io.vigil.audit.verify.bundle.VerificationReport;
import java.nio.file.Path;

/** Words the one-paragraph summary of a verified bundle, so an auditor can paste it into a report. */
final class Summary {

    private Summary() {
    }

    static String of(VerificationReport r, Path bundle) {
        String range = r.events() == 0 ? "no events" : r.events() + " events, seq " + r.from() + " to " + (r.to() - 1);
        String trust = r.keyPinned()
                ? "signed by the pinned key " + r.key() + "."
                : "signed by the bundle's own key " + r.key() + "; compare it with the key you trust, or pass --key.";
        return "VERIFIED: " + bundle + " holds log \"" + r.origin() + "\", " + range + ". "
                + r.checkpoints() + " signed checkpoint(s) match the Merkle roots recomputed from the events, "
                + "consistency proofs hold between successive checkpoints, and every file matches the signed manifest. "
                + "Root at tree size " + r.to() + ": " + r.finalRoot() + ". Checkpoints and manifest are " + trust;
    }
}
