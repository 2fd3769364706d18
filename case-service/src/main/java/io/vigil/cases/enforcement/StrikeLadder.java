package io.vigil.cases.enforcement;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The escalation ladder: which action a subject's next violation warrants given the strikes it has. With
 * {@code 1:warn,2:restrict,3:suspend,4:ban} a subject without strikes earns a warning, one with three active
 * strikes a ban (its next violation is its fourth), and the top step covers everything above it.
 */
public final class StrikeLadder {

    private final TreeMap<Integer, EnforcementType> steps;

    public StrikeLadder(Map<Integer, EnforcementType> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a strike ladder needs at least one step");
        }
        this.steps = new TreeMap<>(steps);
    }

    /** Parses {@code 1:warn,2:restrict,...}, refusing anything it cannot read so a typo fails at start. */
    public static StrikeLadder parse(String spec) {
        Map<Integer, EnforcementType> steps = new TreeMap<>();
        for (String step : spec.split(",")) {
            String[] parts = step.trim().split(":");
            if (parts.length != 2 || !parts[0].trim().matches("[1-9][0-9]{0,2}")) {
                throw new IllegalArgumentException("vigil.cases.strikes.ladder: '" + step
                        + "' is not strikes:type, e.g. 2:restrict");
            }
            EnforcementType type = EnforcementType.parse(parts[1]).orElseThrow(() -> new IllegalArgumentException(
                    "vigil.cases.strikes.ladder: '" + parts[1].trim() + "' is not an action type"));
            if (steps.put(Integer.parseInt(parts[0].trim()), type) != null) {
                throw new IllegalArgumentException("vigil.cases.strikes.ladder: step " + parts[0].trim()
                        + " is given twice");
            }
        }
        return new StrikeLadder(steps);
    }

    /** The step for the next violation, i.e. for {@code activeStrikes + 1}; empty below the first step. */
    public Optional<EnforcementType> nextActionFor(int activeStrikes) {
        return Optional.ofNullable(steps.floorEntry(activeStrikes + 1)).map(Map.Entry::getValue);
    }

    public Map<Integer, EnforcementType> steps() {
        return Map.copyOf(steps);
    }
}
