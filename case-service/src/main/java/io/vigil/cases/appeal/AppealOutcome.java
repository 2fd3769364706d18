package io.vigil.cases.appeal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The reviewer keeps the action (upheld) or finds it wrong (overturned, which reverses it). */
public enum AppealOutcome {
    UPHELD, OVERTURNED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
