package io.vigil.cases.enforcement;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an enforcement action does to its subjects. Some restrictions are temporary by nature and may carry a
 * duration; the others are permanent (a ban) or have no duration to speak of (a warning, a refund).
 */
public enum EnforcementType {
    WARN(false), REMOVE_CONTENT(false), LIMIT_VISIBILITY(true), DELIST(true), END_LIVE(false), RESTRICT(true),
    SUSPEND(true), BAN(false), HOLD_PAYOUT(true), DEMONETIZE(true), REFUND(false);

    private final boolean temporary;

    EnforcementType(boolean temporary) {
        this.temporary = temporary;
    }

    /** Whether the action may end after a duration; a ban with an end is a suspension. */
    public boolean mayHaveDuration() {
        return temporary;
    }

    /** Reads {@code hold-payout} as well as {@code HOLD_PAYOUT}, as configuration and clients write it. */
    public static Optional<EnforcementType> parse(String value) {
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
