package io.vigil.cases.enforcement;

import io.vigil.kit.problem.ActionForbiddenException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The four-eyes rule for severe actions: which need a second person (configured types, or more subjects than a
 * limit), and who that person may be (a lead who did not request the action).
 */
public final class FourEyesPolicy {

    private final Set<EnforcementType> severeTypes;
    private final int maxSubjects;

    public FourEyesPolicy(Set<EnforcementType> severeTypes, int maxSubjects) {
        if (maxSubjects < 1) {
            throw new IllegalArgumentException("vigil.cases.enforcement.four-eyes.max-subjects must be at least 1");
        }
        this.severeTypes = severeTypes.isEmpty() ? EnumSet.noneOf(EnforcementType.class) : EnumSet.copyOf(severeTypes);
        this.maxSubjects = maxSubjects;
    }

    /** Reads the configured type names, refusing any that is not an action type so a typo cannot open the gate. */
    public static FourEyesPolicy of(EnforcementConfig.FourEyes config) {
        Set<EnforcementType> types = EnumSet.noneOf(EnforcementType.class);
        for (String name : config.types()) {
            types.add(EnforcementType.parse(name).orElseThrow(() -> new IllegalArgumentException(
                    "vigil.cases.enforcement.four-eyes.types: '" + name + "' is not an action type")));
        }
        return new FourEyesPolicy(types, config.maxSubjects());
    }

    public boolean requiresApproval(EnforcementType type, int subjects) {
        return severeTypes.contains(type) || subjects > maxSubjects;
    }

    /** Throws a 403 unless {@code decider} is a lead other than the requester of {@code action}. */
    public void checkDecider(EnforcementAction action, String decider, boolean isLead) {
        if (!isLead) {
            throw new ActionForbiddenException("lead-required",
                    "Only a lead may approve or reject an enforcement action");
        }
        if (decider == null || decider.equals(action.requestedBy())) {
            throw new ActionForbiddenException("four-eyes", "Four-eyes rule: " + action.requestedBy()
                    + " requested this action, so another lead must approve or reject it");
        }
    }

    public Set<EnforcementType> severeTypes() {
        return Set.copyOf(severeTypes);
    }

    public int maxSubjects() {
        return maxSubjects;
    }
}
