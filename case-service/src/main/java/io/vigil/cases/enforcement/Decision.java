package io.vigil.cases.enforcement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A second person's answer to a pending action. */
public enum Decision {
    APPROVE, REJECT;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
