package io.vigil.console.cases;

import io.quarkus.security.Authenticated;
import io.vigil.console.outbound.ServiceCall;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Links this case to another. case-service takes the other case's id; people copy addresses, so the form accepts
 * the other case's console address as well as its bare id.
 */
@Path("/cases/{id}/links")
@Authenticated
public class LinksResource {

    static final List<String> TYPES = List.of("RELATED", "DUPLICATE_OF", "HAS_DUPLICATE", "PARENT_OF", "CHILD_OF");
    private static final Pattern ID = Pattern.compile(
            "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private final CaseActions actions;
    private final InvestigationClient investigation;

    public LinksResource(CaseActions actions, @RestClient InvestigationClient investigation) {
        this.actions = actions;
        this.investigation = investigation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response link(@PathParam("id") UUID id, @RestForm String type, @RestForm String other) {
        Map<String, String> draft = Map.of("other", other == null ? "" : other, "type", type == null ? "" : type);
        Optional<UUID> otherId = caseId(other);
        if (otherId.isEmpty()) {
            return actions.refused(id, CaseDetailPage.invalid("other",
                    "Paste the other case's address (…/cases/…) or its id"), "link", draft);
        }
        if (!TYPES.contains(type)) {
            return actions.refused(id, CaseDetailPage.invalid("type", "Choose how the cases are related"), "link",
                    draft);
        }
        return actions.attempt(id, Feedback.Done.LINK, "link", draft, () -> ServiceCall.run(CaseDirectory.SERVICE,
                () -> investigation.link(id, new InvestigationClient.LinkBody(type, otherId.get()))));
    }

    static Optional<UUID> caseId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher found = ID.matcher(text);
        return found.find() ? Optional.of(UUID.fromString(found.group(1))) : Optional.empty();
    }
}
