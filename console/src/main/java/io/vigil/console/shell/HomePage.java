package io.vigil.console.shell;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The console's front door; it opens on the case list until a personal start page exists. */
@Path("/")
@Authenticated
public class HomePage {

    @GET
    public Response open() {
        return Response.seeOther(URI.create("/cases")).build();
    }
}
