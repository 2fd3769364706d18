package io.vigil.console.enforcement;

import io.quarkus.security.Authenticated;
import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ServiceCalls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * An action's DSA art. 17 statement of reasons as case-service writes it, downloaded as a JSON file; when it
 * cannot be had, a line of text says why (the link is a download, so there is no page to return to).
 */
@Path("/enforcements/{id}/statement-of-reasons")
@Authenticated
public class StatementOfReasons {

    private final EnforcementClient client;

    public StatementOfReasons(@org.eclipse.microprofile.rest.client.inject.RestClient EnforcementClient client) {
        this.client = client;
    }

    @GET
    public Response download(@PathParam("id") String id) {
        UUID action;
        try {
            action = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return text(404, "No enforcement action has this address.");
        }
        Answer<String> statement = ServiceCalls.call(EnforcementPanel.SERVICE, () -> client.statementOfReasons(action));
        if (!statement.ok()) {
            return text(EnforcementPanel.status(statement.failure()), statement.failure().message());
        }
        return Response.ok(statement.value(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"statement-of-reasons-" + action + ".json\"")
                .build();
    }

    private static Response text(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message).build();
    }
}
