package io.vigil.audit.rest;

import io.vigil.audit.log.LogReader;
import io.vigil.audit.log.LogVerifier;
import io.vigil.audit.log.LogVerifier.LogVerification;
import io.vigil.audit.log.ProducerMarks;
import io.vigil.audit.log.ProducerMarks.ProducerMark;
import io.vigil.audit.verify.merkle.ConsistencyProof;
import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import java.util.List;

/** The log as a whole: consistency between checkpoints, producers' sequence marks, and a self-check. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class LogResource {

    private final LogReader log;
    private final ProducerMarks producers;
    private final LogVerifier verifier;

    public LogResource(LogReader log, ProducerMarks producers, LogVerifier verifier) {
        this.log = log;
        this.producers = producers;
        this.verifier = verifier;
    }

    @GET
    @Path("/consistency")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.AUDIT_WRITER})
    public ConsistencyBody consistency(@QueryParam("from") @NotNull Long from, @QueryParam("to") @NotNull Long to) {
        ConsistencyProof proof = log.consistency(from, to);
        return new ConsistencyBody(proof.size1(), proof.size2(),
                proof.hashes().stream().map(Base64.getEncoder()::encodeToString).toList());
    }

    @GET
    @Path("/producers")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public ProducersBody producers() {
        return new ProducersBody(producers.list());
    }

    /** Recomputes every leaf and signed root from what is stored; names the seq of anything altered or removed. */
    @POST
    @Path("/verification")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public LogVerification verify() {
        return verifier.verify();
    }

    /** An RFC 9162 consistency proof from tree size {@code from} to {@code to}. */
    public record ConsistencyBody(long from, long to, List<String> hashes) {
    }

    /** Every producer's high-water mark and gaps. */
    public record ProducersBody(List<ProducerMark> items) {
    }
}
