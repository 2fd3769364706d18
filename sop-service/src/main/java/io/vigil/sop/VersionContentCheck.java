package io.vigil.sop;

import jakarta.enterprise.context.ApplicationScoped;

/** Validates a version's content before it is saved and tests it when it is submitted. */
@ApplicationScoped
public class VersionContentCheck {

    public void validate(VersionContent content) {
    }

    public String report(VersionContent content) {
        return null;
    }
}
