package io.vigil.kit.page;

import io.vigil.kit.problem.InvalidRequestException;
import java.util.Optional;

/** A validated page size and the decoded position after which the page starts. */
public record PageRequest(int limit, Optional<String> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(Cursor::decode));
    }
}
