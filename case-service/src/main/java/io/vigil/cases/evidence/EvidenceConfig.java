package io.vigil.cases.evidence;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Evidence settings: the largest file one upload may carry. */
@ConfigMapping(prefix = "vigil.cases.evidence")
public interface EvidenceConfig {

    @WithDefault("10M")
    MemorySize maxSize();
}
