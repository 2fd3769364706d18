package io.vigil.cases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Set;

/** The knobs of {@link PriorityPolicy}; defaults in application.properties, documented in the README. */
@ConfigMapping(prefix = "vigil.cases.priority")
public interface PriorityConfig {

    /** Base priority per severity, keyed by severity in lower case. */
    Map<String, Priority> base();

    /** Sources whose reports are raised one level (a regulator's deadline is a legal one). */
    @WithDefault("regulator")
    Set<String> raisedSources();

    /** From this many reports on one case, its priority is raised one level (reach). */
    @WithDefault("5")
    int raiseAtReports();
}
