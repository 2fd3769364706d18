package io.vigil.cases.incident;

import io.vigil.kit.problem.ActionForbiddenException;

/** A lead tried to declare or revise an incident for a region whose data they may not handle. */
public class IncidentRegionNotPermittedException extends ActionForbiddenException {

    public IncidentRegionNotPermittedException(String region) {
        super("region-not-permitted", "You may not run incidents in region " + region);
    }
}
