package io.vigil.cases;

import io.vigil.kit.problem.ActionForbiddenException;

/** A caller tried to file a case in a region whose data they may not handle. */
public class RegionNotPermittedException extends ActionForbiddenException {

    public RegionNotPermittedException(String region) {
        super("region-not-permitted", "You may not file cases in region " + region);
    }
}
