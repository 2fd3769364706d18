package io.vigil.console.shell;

import io.quarkus.security.Authenticated;
import io.vigil.kit.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The console's front door: people who work cases start at their queue, everyone else at the case list. */
@Path("/")
@Authenticated
public class HomePage {

    private final Caller caller;

    public HomePage(Caller caller) {
        this.caller = caller;
    }

    @GET
    public Response open() {
        return Response.seeOther(URI.create(Viewer.of(caller).worksCases() ? "/queue" : "/cases")).build();
    }
}
