package io.vigil.cases.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Incident rules that differ between organisations; see the README's configuration table. */
@ConfigMapping(prefix = "vigil.cases.incidents")
public interface IncidentConfig {

    /** Severities that close only once an RCA report is saved. */
    @WithDefault("SEV1,SEV2")
    Set<IncidentSeverity> rcaRequired();
}
