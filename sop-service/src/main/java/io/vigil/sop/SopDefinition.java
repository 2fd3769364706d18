package io.vigil.sop;

import java.util.List;

/** What an author states when creating an SOP: its key, title, where it applies and who must follow it. */
public record SopDefinition(String key, String title, String domain, String category, List<String> audience) {

    public SopDefinition {
        audience = List.copyOf(audience);
    }
}
