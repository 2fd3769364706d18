package io.vigil.console.audit;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where audit-service is, and the log key the console trusts independently of it. */
@ConfigMapping(prefix = "vigil.audit-service")
public interface AuditServiceConfig {

    String url();

    /** The log's verifier key ({@code name+hash+base64}); empty means the console trusts the served key. */
    Optional<String> pinnedKey();
}
