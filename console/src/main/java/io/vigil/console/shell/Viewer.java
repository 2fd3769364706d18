package io.vigil.console.shell;

import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import java.util.List;

/**
 * The signed-in person as every page's header shows them. Only Vigil's own roles are listed: Keycloak adds
 * technical ones (offline_access, default-roles-vigil) that mean nothing to an investigator.
 */
public record Viewer(String name, List<String> roles, List<String> regions) {

    private static final List<String> VIGIL_ROLES = List.of(Roles.INVESTIGATOR, Roles.LEAD, Roles.SOP_AUTHOR,
            Roles.SOP_APPROVER, Roles.AUDITOR, Roles.ADMIN);

    public static Viewer of(Caller caller) {
        return new Viewer(caller.username(),
                VIGIL_ROLES.stream().filter(caller::hasRole).toList(),
                caller.regions().stream().sorted().toList());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Everyone who follows or writes SOPs reads the library (sop-service lets all of them read). */
    public boolean seesSopLibrary() {
        return has(Roles.SOP_AUTHOR) || has(Roles.SOP_APPROVER) || has(Roles.INVESTIGATOR) || has(Roles.LEAD)
                || has(Roles.AUDITOR) || has(Roles.ADMIN);
    }

    /** The audit trail is the auditors' (audit-service's search admits only them). */
    public boolean seesAuditTrail() {
        return has(Roles.AUDITOR);
    }

    /** The lead dashboard reads case-service's metrics, which leads and admins may read. */
    public boolean seesLeadDashboard() {
        return has(Roles.LEAD) || has(Roles.ADMIN);
    }

    /** Investigators, leads and admins work cases; case-service refuses everyone else (403). */
    public boolean worksCases() {
        return roles.contains(Roles.INVESTIGATOR) || isLead();
    }

    /** Leads (and admins) assign cases to others and work the lead queues. */
    public boolean isLead() {
        return roles.contains(Roles.LEAD) || roles.contains(Roles.ADMIN);
    }
}
