package io.vigil.cases.group;

import io.vigil.cases.Subject;
import io.vigil.kit.problem.PreconditionFailedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** A named set of related subjects (a seller's accounts, a ring of hosts) investigated and enforced together. */
@Entity
@Table(name = "account_group")
public class AccountGroup {

    @Id
    private UUID id;
    private String name;
    private String region;
    private String description;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_group_member", joinColumns = @JoinColumn(name = "group_id"))
    private List<Subject> members = new ArrayList<>();

    protected AccountGroup() {
    }

    public AccountGroup(UUID id, String name, String region, String description, String by, Instant at) {
        this.id = id;
        this.name = name;
        this.region = region;
        this.description = description;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Adds a subject unless it is already a member; says whether anything changed. */
    public boolean add(Subject subject) {
        if (contains(subject)) {
            return false;
        }
        return members.add(subject);
    }

    public void requireVersion(OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != version) {
            throw new PreconditionFailedException("Account group " + id, expected.getAsLong(), version);
        }
    }

    public boolean remove(Subject subject) {
        return members.removeIf(m -> m.type() == subject.type() && m.ref().equals(subject.ref()));
    }

    public boolean contains(Subject subject) {
        return members.stream().anyMatch(m -> m.type() == subject.type() && m.ref().equals(subject.ref()));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String description() {
        return description;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public List<Subject> members() {
        return List.copyOf(members);
    }
}
