package io.vigil.kit.security;

/** The realm roles of DESIGN.md section 2, named once so a typo cannot open or close an endpoint. */
public final class Roles {

    public static final String INVESTIGATOR = "investigator";
    public static final String LEAD = "lead";
    public static final String SOP_AUTHOR = "sop-author";
    public static final String SOP_APPROVER = "sop-approver";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String AUDIT_WRITER = "audit-writer";
    public static final String SOP_READER = "sop-reader";

    private Roles() {
    }
}
