package io.vigil.cases.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A link between two cases, stored once; each case reads it with the type as seen from its side. */
@Entity
@Table(name = "case_link")
public class CaseLink {

    @Id
    private UUID id;
    @Column(name = "from_case")
    private UUID fromCase;
    @Column(name = "to_case")
    private UUID toCase;
    @Enumerated(EnumType.STRING)
    private LinkType type;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseLink() {
    }

    /** The link "{@code from} is {@code type} {@code to}", normalised to a stored direction. */
    public static CaseLink between(UUID id, UUID from, LinkType type, UUID to, String by, Instant at) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("a case cannot be linked to itself");
        }
        CaseLink link = new CaseLink();
        link.id = id;
        link.fromCase = type.stored() ? from : to;
        link.toCase = type.stored() ? to : from;
        link.type = type.stored() ? type : type.inverse();
        link.createdBy = by;
        link.createdAt = at;
        return link;
    }

    /** The type as the given case (one of the two ends) reads it. */
    public LinkType seenFrom(UUID caseId) {
        return caseId.equals(fromCase) ? type : type.inverse();
    }

    /** The other end, seen from the given case. */
    public UUID otherThan(UUID caseId) {
        return caseId.equals(fromCase) ? toCase : fromCase;
    }

    public boolean touches(UUID caseId) {
        return caseId.equals(fromCase) || caseId.equals(toCase);
    }

    public UUID id() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
