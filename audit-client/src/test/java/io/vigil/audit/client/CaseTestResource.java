package io.vigil.audit.client;

import io.vigil.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import javax.sql.DataSource;

/** A producer in miniature: a business change and its audit event in one transaction. */
@Path("/test/cases")
public class CaseTestResource {

    private final AuditLog audit;
    private final CaseWriter cases;

    public CaseTestResource(AuditLog audit, CaseWriter cases) {
        this.audit = audit;
        this.cases = cases;
    }

    @POST
    @Path("/{title}")
    @RolesAllowed(Roles.INVESTIGATOR)
    public String open(@PathParam("title") String title) {
        return cases.open(title).toString();
    }

    @POST
    @Path("/{title}/denied")
    @RolesAllowed(Roles.INVESTIGATOR)
    public String deny(@PathParam("title") String title) {
        return audit.event("case.open").denied("region-not-permitted").target("case", title, null).recordSeparately()
                .toString();
    }

    /** Writes the case and its event; a title starting with "fail" rolls both back. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class CaseWriter {

        private final AuditLog audit;
        private final DataSource dataSource;

        public CaseWriter(AuditLog audit, DataSource dataSource) {
            this.audit = audit;
            this.dataSource = dataSource;
        }

        @Transactional
        public UUID open(String title) {
            UUID id = UUID.randomUUID();
            try (var connection = dataSource.getConnection();
                 var insert = connection.prepareStatement("INSERT INTO test_case (id, title) VALUES (?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, title);
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            audit.event("case.open").target("case", title, 1L).region("US").subject("A-9", "account").record();
            if (title.startsWith("fail")) {
                throw new IllegalStateException("the business rule refused " + title);
            }
            return id;
        }
    }
}
