package io.vigil.cases;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a case reached Vigil; a regulator's request weighs more than a user report. */
public enum CaseSource {
    USER_REPORT, DETECTION, ESCALATION, REGULATOR, APPEAL;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
