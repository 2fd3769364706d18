package io.vigil.cases;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much harm a case describes, as the reporter or detector judged it. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
