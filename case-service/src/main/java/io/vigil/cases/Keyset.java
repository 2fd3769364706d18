package io.vigil.cases;

import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pages over lists sorted by a UUIDv7 id: a query asks for one row more than the page holds, and that row
 * only tells whether a next page exists, so no count is ever needed.
 */
public final class Keyset {

    private Keyset() {
    }

    /** The id the page starts after, if the request carries a cursor. */
    public static Optional<UUID> after(PageRequest page) {
        return page.after().map(Keyset::uuid);
    }

    /** Cuts {@code found} (fetched with {@code limit + 1}) to a page whose cursor is the last item's id. */
    public static <T> Page<T> page(List<T> found, PageRequest page, Function<T, UUID> id) {
        boolean more = found.size() > page.limit();
        List<T> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? Cursor.encode(id.apply(items.get(items.size() - 1)).toString()) : null;
        return new Page<>(List.copyOf(items), next);
    }

    private static UUID uuid(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }
}
