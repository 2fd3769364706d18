package io.vigil.cases.enforcement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How far automated means took the decision itself (DSA art. 17(3)(c)); the Transparency Database distinguishes
 * fully, partially and not automated decisions.
 */
public enum AutomatedDecision {
    NOT_AUTOMATED, PARTIALLY, FULLY;

    /** The Transparency Database's value, for example {@code AUTOMATED_DECISION_PARTIALLY}. */
    public String dsaValue() {
        return "AUTOMATED_DECISION_" + name();
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
