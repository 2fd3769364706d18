package io.vigil.console.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * How evidence images and video first appear (reviewer wellness): blurred and greyscale until revealed by
 * default, greyscale only, or as they are. Each item can still be revealed and hidden again on its own.
 */
public enum MediaDisplay {
    BLUR("Blurred and greyscale until I reveal each item"),
    GREYSCALE("Greyscale until I reveal each item"),
    SHOW("Shown as they are");

    private final String label;

    MediaDisplay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether items start hidden behind a reveal button. */
    public boolean veiled() {
        return this != SHOW;
    }

    public static Optional<MediaDisplay> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (MediaDisplay display : values()) {
            if (display.value().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(display);
            }
        }
        return Optional.empty();
    }
}
