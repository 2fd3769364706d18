package io.vigil.kit.page;

import io.vigil.kit.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: clients pass them back unchanged, so the sort key they wrap can change without
 * breaking anyone.
 */
public final class Cursor {

    private static final String VERSION = "v1:";

    private Cursor() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + position).getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(VERSION) && raw.length() > VERSION.length()) {
                return raw.substring(VERSION.length());
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the same answer as any other foreign cursor
        }
        throw new InvalidRequestException("cursor", "is not a cursor this API issued");
    }
}
