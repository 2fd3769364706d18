package io.vigil.console.cases;

import io.vigil.console.outbound.ServiceCall;
import io.vigil.console.outbound.ServiceFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Finds the cases and queues the signed-in user may see. case-service does the region scoping; this class only
 * turns its answers, and its silences, into something a page can show.
 */
@ApplicationScoped
public class CaseDirectory {

    static final String SERVICE = "case-service";

    private final CaseServiceClient caseService;

    public CaseDirectory(@RestClient CaseServiceClient caseService) {
        this.caseService = caseService;
    }

    public CaseResults find(CaseQuery query) {
        try {
            return CaseResults.loaded(page(query, CaseQuery.PAGE_SIZE));
        } catch (ServiceFailedException e) {
            return CaseResults.failed(e.failure());
        }
    }

    /** One page of cases; throws {@link ServiceFailedException}. */
    public CaseList page(CaseQuery query, int limit) {
        return ServiceCall.of(SERVICE, () -> caseService.list(query.status(), query.queueId(), query.assignee(),
                query.region(), query.subject(), query.priority(), query.q(), limit, query.cursor()));
    }

    /** The queues of the user's regions, by name; throws {@link ServiceFailedException}. */
    /** Throws {@link io.vigil.console.outbound.ServiceFailedException} when case-service does not answer. */
    public Queue.WaitingList waiting() {
        return ServiceCall.of(SERVICE, caseService::waiting);
    }

    public Queue.WaitingCount waiting(java.util.UUID queueId) {
        return ServiceCall.of(SERVICE, () -> caseService.waiting(queueId));
    }

    public List<Queue> queues() {
        return ServiceCall.of(SERVICE, caseService::queues).items();
    }

    /** The queues for a filter menu: none when case-service cannot list them, as the menu is optional. */
    public List<Queue> queuesIfAvailable() {
        try {
            return queues();
        } catch (ServiceFailedException e) {
            return List.of();
        }
    }
}
