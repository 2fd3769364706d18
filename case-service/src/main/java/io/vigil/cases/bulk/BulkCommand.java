package io.vigil.cases.bulk;

import io.vigil.cases.CaseStatus;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One bulk request, checked as a whole before any case is touched: the fields its action needs are there and
 * the selection holds 1 to {@value #MAX_IDS} distinct ids (repeats are dropped, so no case is acted on twice).
 */
public record BulkCommand(BulkAction action, List<UUID> ids, String assignee, CaseStatus to, String reason,
        String label) {

    public static final int MAX_IDS = 500;

    public BulkCommand {
        if (action == null) {
            throw new InvalidRequestException("action", "is required: assign, transition, label or unlabel");
        }
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS
                || ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRequestException("ids", "must hold 1 to " + MAX_IDS + " case ids");
        }
        ids = List.copyOf(new LinkedHashSet<>(ids));
        if (action == BulkAction.TRANSITION && to == null) {
            throw new InvalidRequestException("to", "is required to transition cases");
        }
        if ((action == BulkAction.LABEL || action == BulkAction.UNLABEL) && (label == null || label.isBlank())) {
            throw new InvalidRequestException("label", "is required to label cases");
        }
    }
}
