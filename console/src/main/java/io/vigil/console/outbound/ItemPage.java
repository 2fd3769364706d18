package io.vigil.console.outbound;

import java.util.List;

/** One keyset page as every Vigil list endpoint answers it: {@code items} and the {@code nextCursor}, if any. */
public record ItemPage<T>(List<T> items, String nextCursor) {

    public ItemPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return nextCursor != null && !nextCursor.isBlank();
    }
}
