package io.vigil.cases.link;

/**
 * How a case relates to another, read from the case at hand: "this case is a DUPLICATE_OF that one". Each type
 * has an inverse, which is how the other case sees the same link; only one direction of each pair is stored. An
 * appeal case is an APPEAL_OF the case whose action it contests, which reads it as HAS_APPEAL.
 */
public enum LinkType {
    DUPLICATE_OF, HAS_DUPLICATE, RELATED, PARENT_OF, CHILD_OF, APPEAL_OF, HAS_APPEAL;

    public LinkType inverse() {
        return switch (this) {
            case DUPLICATE_OF -> HAS_DUPLICATE;
            case HAS_DUPLICATE -> DUPLICATE_OF;
            case RELATED -> RELATED;
            case PARENT_OF -> CHILD_OF;
            case CHILD_OF -> PARENT_OF;
            case APPEAL_OF -> HAS_APPEAL;
            case HAS_APPEAL -> APPEAL_OF;
        };
    }

    /** Appeal links are made by filing an appeal, never by hand, so each stands for a real appeal. */
    public boolean appeal() {
        return this == APPEAL_OF || this == HAS_APPEAL;
    }

    /** Whether the link is stored the way it reads; otherwise it is stored reversed, as its inverse. */
    boolean stored() {
        return this == DUPLICATE_OF || this == RELATED || this == PARENT_OF || this == APPEAL_OF;
    }
}
