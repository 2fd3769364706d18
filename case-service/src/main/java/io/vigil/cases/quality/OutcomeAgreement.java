package io.vigil.cases.quality;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether the reviewer would have reached the same outcome as the investigator. */
public enum OutcomeAgreement {
    AGREE, DISAGREE;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
