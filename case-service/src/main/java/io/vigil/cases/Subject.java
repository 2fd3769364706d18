package io.vigil.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A typed reference to an account, listing, order or other thing a case is about. */
@Embeddable
public class Subject {

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private SubjectType type;

    @Column(name = "ref", nullable = false)
    private String ref;

    protected Subject() {
    }

    public Subject(SubjectType type, String ref) {
        this.type = Objects.requireNonNull(type);
        this.ref = Objects.requireNonNull(ref);
    }

    public SubjectType type() {
        return type;
    }

    public String ref() {
        return ref;
    }
}
