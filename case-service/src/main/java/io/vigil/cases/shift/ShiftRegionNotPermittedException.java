package io.vigil.cases.shift;

import io.vigil.kit.problem.ActionForbiddenException;

/** A roster change for a region whose data the caller may not handle. */
public class ShiftRegionNotPermittedException extends ActionForbiddenException {

    public ShiftRegionNotPermittedException(String region) {
        super("region-not-permitted", "You may not plan shifts in region " + region);
    }
}
