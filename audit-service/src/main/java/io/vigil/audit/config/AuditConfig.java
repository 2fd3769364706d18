package io.vigil.audit.config;

import io.smallrye.config.ConfigMapping;

/** The audit log's identity: its checkpoint origin and the key that signs its checkpoints. */
@ConfigMapping(prefix = "vigil.audit")
public interface AuditConfig {

    /** The checkpoint origin line, unique per log. */
    String origin();

    /** The Ed25519 signing key in C2SP note private-key form ({@code PRIVATE+KEY+name+hash+key}). */
    String signingKey();
}
