package io.vigil.kit.problem;

import jakarta.ws.rs.core.Response;

/** Builds problem responses for filters, which answer before any exception mapper could. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String slug, String title, String detail, String instance) {
        return ProblemMappers.respond(new Problem(slug, title, status, detail, instance, null, null));
    }
}
