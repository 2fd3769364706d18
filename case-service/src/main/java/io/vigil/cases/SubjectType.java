package io.vigil.cases;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of things a case can be about. */
public enum SubjectType {
    ACCOUNT, LISTING, CONTENT, ORDER, TRANSACTION, AD, LIVE_SESSION;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
