package io.vigil.cases.incident;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What sort of critical event an incident is; the API speaks of it in lower case, like case sources. */
public enum IncidentKind {
    ELECTION, COORDINATED_ABUSE, CONTROL_OUTAGE, DATA_EXPOSURE, REGULATORY, OTHER;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
