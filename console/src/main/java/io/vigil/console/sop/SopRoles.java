package io.vigil.console.sop;

import io.vigil.console.shell.Viewer;
import io.vigil.kit.security.Roles;

/**
 * Which SOP actions the console offers to whom, mirroring sop-service's role rules. The service still decides:
 * these only keep buttons away from people who would be refused.
 */
final class SopRoles {

    private SopRoles() {
    }

    static boolean mayAuthor(Viewer viewer) {
        return viewer.has(Roles.SOP_AUTHOR) || viewer.has(Roles.ADMIN);
    }

    static boolean mayReview(Viewer viewer) {
        return viewer.has(Roles.SOP_APPROVER);
    }

    static boolean mayAcknowledge(Viewer viewer) {
        return viewer.seesSopLibrary();
    }

    static boolean readsAdoption(Viewer viewer) {
        return viewer.has(Roles.LEAD) || viewer.has(Roles.SOP_AUTHOR) || viewer.has(Roles.SOP_APPROVER)
                || viewer.has(Roles.ADMIN) || viewer.has(Roles.AUDITOR);
    }
}
