package io.vigil.kit.problem;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Plain-language details for the HTTP-level failures JAX-RS raises before any resource runs. */
final class HttpDetails {

    private HttpDetails() {
    }

    static String of(int status, ContainerRequestContext request) {
        return switch (status) {
            case 404 -> "No resource at " + request.getUriInfo().getRequestUri().getRawPath();
            case 405 -> request.getMethod() + " is not allowed here";
            case 406 -> "None of the accepted media types can be produced";
            case 413 -> "The request body is larger than this service accepts";
            case 415 -> "This media type is not accepted; send application/json";
            default -> "The request could not be processed";
        };
    }
}
