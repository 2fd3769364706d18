package io.vigil.console.format;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Page addresses with their query strings, leaving out parameters that have no value. */
public final class Links {

    private Links() {
    }

    /** @param params in the order they should appear; null values are left out */
    public static String to(String path, Map<String, ?> params) {
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + encode(Objects.toString(e.getValue())))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** A path segment such as an SOP key, encoded so any key stays one segment. */
    public static String segment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
