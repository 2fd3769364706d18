package io.vigil.console.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Finds the cases the signed-in user may see. case-service does the region scoping; this class only turns
 * its answers, and its silences, into something a page can show.
 */
@ApplicationScoped
public class CaseDirectory {

    private static final Logger LOG = Logger.getLogger(CaseDirectory.class);

    private final CaseServiceClient caseService;

    public CaseDirectory(@RestClient CaseServiceClient caseService) {
        this.caseService = caseService;
    }

    public CaseResults find(CaseQuery query) {
        try {
            return CaseResults.loaded(caseService.list(query.status(), query.region(), CaseQuery.PAGE_SIZE,
                    query.cursor()));
        } catch (WebApplicationException e) {
            return answered(e.getResponse().getStatus());
        } catch (ProcessingException e) {
            // Connection refused, timeout or an unreadable body: the service is down or not itself.
            LOG.warnf("case-service did not answer the case list: %s", e.getMessage());
            return CaseResults.unavailable("case-service did not answer");
        }
    }

    private static CaseResults answered(int status) {
        // 403 is a normal answer for people whose roles hold no case work (SOP authors, auditors).
        if (status == 403) {
            return CaseResults.notPermitted();
        }
        LOG.warnf("case-service answered the case list with HTTP %d", status);
        if (status == 401) {
            return CaseResults.unavailable("case-service did not accept your session; sign out and in again");
        }
        return CaseResults.unavailable("case-service answered with HTTP " + status);
    }
}
