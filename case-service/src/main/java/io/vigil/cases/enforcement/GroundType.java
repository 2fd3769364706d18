package io.vigil.cases.enforcement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether a reason rests on the law (the content is illegal, DSA art. 17(3)(d)) or on the terms and conditions
 * (the content is incompatible with them, art. 17(3)(e)).
 */
public enum GroundType {
    ILLEGAL_CONTENT, INCOMPATIBLE_CONTENT;

    /** The Transparency Database's {@code decision_ground} value. */
    public String dsaValue() {
        return "DECISION_GROUND_" + name();
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
