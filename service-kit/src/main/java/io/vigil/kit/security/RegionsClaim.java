package io.vigil.kit.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the `regions` claim whatever JSON shape the token library hands over (array, string list or a
 * comma-separated string), because a mapper misconfiguration must narrow access, not widen it.
 */
public final class RegionsClaim {

    public static final String NAME = "regions";

    private RegionsClaim() {
    }

    public static Set<String> read(Object claim) {
        Set<String> regions = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                add(regions, value instanceof JsonString s ? s.getString() : value.toString());
            }
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> add(regions, String.valueOf(v)));
        } else if (claim instanceof JsonString s) {
            Arrays.stream(s.getString().split(",")).forEach(v -> add(regions, v));
        } else if (claim instanceof String s) {
            Arrays.stream(s.split(",")).forEach(v -> add(regions, v));
        }
        return Set.copyOf(regions);
    }

    private static void add(Set<String> regions, String raw) {
        String region = raw.replace("\"", "").trim().toUpperCase(Locale.ROOT);
        if (!region.isEmpty()) {
            regions.add(region);
        }
    }
}
