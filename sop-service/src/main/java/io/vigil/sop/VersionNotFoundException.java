package io.vigil.sop;

import io.vigil.kit.problem.ResourceNotFoundException;

/** The SOP has no version with this number, or none in effect. */
public class VersionNotFoundException extends ResourceNotFoundException {

    public VersionNotFoundException(String key, Object number) {
        super("Version " + number + " of SOP", key);
    }
}
