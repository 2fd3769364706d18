package io.vigil.cases.sla;

import io.vigil.cases.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Maps a priority to its SLA targets; a priority without configured targets fails start-up, not a request. */
@ApplicationScoped
public class SlaPolicy {

    private final Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);

    public SlaPolicy(SlaConfig config) {
        for (Priority priority : Priority.values()) {
            SlaConfig.Targets configured = config.targets().get(priority.name().toLowerCase(Locale.ROOT));
            if (configured == null) {
                throw new IllegalStateException("vigil.cases.sla.targets." + priority.name().toLowerCase(Locale.ROOT)
                        + " is not configured");
            }
            targets.put(priority, new SlaTargets(configured.firstAction(), configured.resolution(),
                    config.atRiskShare()));
        }
    }

    public SlaTargets targetsFor(Priority priority) {
        return targets.get(priority);
    }
}
