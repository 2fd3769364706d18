package io.vigil.cases.link;

/**
 * How a case relates to another, read from the case at hand: "this case is a DUPLICATE_OF that one". Each type
 * has an inverse, which is how the other case sees the same link; only one direction of each pair is stored.
 */
public enum LinkType {
    DUPLICATE_OF, HAS_DUPLICATE, RELATED, PARENT_OF, CHILD_OF;

    public LinkType inverse() {
        return switch (this) {
            case DUPLICATE_OF -> HAS_DUPLICATE;
            case HAS_DUPLICATE -> DUPLICATE_OF;
            case RELATED -> RELATED;
            case PARENT_OF -> CHILD_OF;
            case CHILD_OF -> PARENT_OF;
        };
    }

    /** Whether the link is stored the way it reads; otherwise it is stored reversed, as its inverse. */
    boolean stored() {
        return this == DUPLICATE_OF || this == RELATED || this == PARENT_OF;
    }
}
