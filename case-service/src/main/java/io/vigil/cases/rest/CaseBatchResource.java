package io.vigil.cases.rest;

import io.vigil.cases.CaseIntake;
import io.vigil.kit.problem.ProblemException;
import io.vigil.kit.security.Caller;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Bulk intake (up to 1,000 reports): each report is validated and taken in its own transaction, so one bad
 * report is answered in its own result and does not undo the others.
 */
@Path(CustomMethodPaths.BATCH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEAD, Roles.ADMIN})
public class CaseBatchResource {

    private final CaseIntake intake;
    private final Validator validator;
    private final Caller caller;

    public CaseBatchResource(CaseIntake intake, Validator validator, Caller caller) {
        this.intake = intake;
        this.validator = validator;
        this.caller = caller;
    }

    /** Up to 1,000 reports shaped as POST /api/cases bodies. */
    public record BatchRequest(@NotNull @Size(min = 1, max = 1000) List<OpenCaseRequest> items) {
    }

    /** One report's fate: 201 opened, 200 attached to an open case, or the status and problem detail of a refusal. */
    public record ItemResult(int index, int status, UUID id, String ref, String type, String detail,
            List<String> errors) {
    }

    /** The results in the order of the reports. */
    public record BatchResult(int opened, int attached, int failed, List<ItemResult> items) {
    }

    @POST
    public BatchResult open(@NotNull @jakarta.validation.Valid BatchRequest request) {
        List<ItemResult> results = IntStream.range(0, request.items().size())
                .mapToObj(i -> one(i, request.items().get(i))).toList();
        return new BatchResult(count(results, 201), count(results, 200),
                results.size() - count(results, 201) - count(results, 200), results);
    }

    private ItemResult one(int index, OpenCaseRequest report) {
        if (report == null) {
            return new ItemResult(index, 400, null, null, "validation", "the report is missing", List.of());
        }
        Set<ConstraintViolation<OpenCaseRequest>> violations = validator.validate(report);
        if (!violations.isEmpty()) {
            List<String> errors = new ArrayList<>();
            violations.forEach(v -> errors.add(v.getPropertyPath() + ": " + v.getMessage()));
            return new ItemResult(index, 400, null, null, "validation", errors.size() + " fields are invalid",
                    errors.stream().sorted().toList());
        }
        try {
            CaseIntake.Outcome outcome = intake.report(report.toReport(), caller);
            return new ItemResult(index, outcome.opened() ? 201 : 200, outcome.kase().id(), outcome.kase().ref(),
                    null, null, null);
        } catch (ProblemException refused) {
            return new ItemResult(index, refused.status(), null, null, refused.slug(), refused.getMessage(), null);
        }
    }

    private static int count(List<ItemResult> results, int status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }
}
