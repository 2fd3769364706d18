package io.vigil.cases.rest;

import io.vigil.cases.CaseStatus;
import io.vigil.cases.bulk.BulkAction;
import io.vigil.cases.bulk.BulkActions;
import io.vigil.cases.bulk.BulkCommand;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/cases:bulk}: assign, transition or label a selection of up to 500 cases, one result per case. */
@Path(CustomMethodPaths.BULK)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class BulkResource {

    private final BulkActions actions;
    private final Caller caller;

    public BulkResource(BulkActions actions, Caller caller) {
        this.actions = actions;
        this.caller = caller;
    }

    /** The action, the selection and the fields that action needs ({@code assignee} null unassigns). */
    public record BulkRequest(BulkAction action, List<UUID> ids, @Size(min = 1, max = 128) String assignee,
            CaseStatus to, @Size(max = 2000) String reason, @Pattern(regexp = "[a-z0-9][a-z0-9:._-]{0,63}",
            message = "must be a lowercase label such as repeat-offender") String label) {
    }

    /** One case's result: 200 with its new version, or the status, problem type and detail of its refusal. */
    public record ItemResult(UUID id, int status, Long version, String type, String detail) {

        static ItemResult from(BulkActions.Outcome o) {
            return new ItemResult(o.id(), o.status(), o.kase() == null ? null : o.kase().version(), o.problem(),
                    o.detail());
        }
    }

    /** Counts and per-case results in the order of the selection. */
    public record BulkResult(int ok, int failed, List<ItemResult> items) {
    }

    @POST
    public BulkResult apply(@NotNull @Valid BulkRequest request) {
        BulkCommand command = new BulkCommand(request.action(), request.ids(), request.assignee(), request.to(),
                request.reason(), request.label());
        List<ItemResult> items = actions.apply(command, caller).stream().map(ItemResult::from).toList();
        int ok = (int) items.stream().filter(i -> i.status() == 200).count();
        return new BulkResult(ok, items.size() - ok, items);
    }
}
