package io.vigil.audit.log;

import io.vigil.audit.config.AuditConfig;
import io.vigil.audit.verify.note.NoteVerificationException;
import io.vigil.audit.verify.note.SignerKey;
import io.vigil.audit.verify.note.VerifierKey;
import jakarta.enterprise.context.ApplicationScoped;

/** The log's signing key, parsed once at start so a bad key stops the service instead of a request. */
@ApplicationScoped
public class LogKey {

    private final SignerKey signer;

    public LogKey(AuditConfig config) {
        try {
            this.signer = SignerKey.parse(config.signingKey().trim());
        } catch (NoteVerificationException e) {
            throw new IllegalStateException("vigil.audit.signing-key is not a note signing key: " + e.getMessage(), e);
        }
    }

    public SignerKey signer() {
        return signer;
    }

    public VerifierKey verifier() {
        return signer.verifierKey();
    }
}
