package io.vigil.console.sop;

import io.vigil.console.outbound.Answer;
import io.vigil.console.outbound.ItemPage;
import io.vigil.console.outbound.ServiceCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads the SOP library for the list page. sop-service filters by compliance tags; domain and version status are
 * filtered here, because its list has no such parameters. So the console reads the library in key order (up to
 * {@link #MAX_SOPS}) and walks it from the page's cursor, reading each candidate's versions until a page is full.
 */
@ApplicationScoped
public class SopLibrary {

    static final String SERVICE = "sop-service";
    static final int PAGE_SIZE = 25;
    static final int MAX_SOPS = 2_000;
    private static final int FETCH = 500;

    private final SopServiceClient sops;

    public SopLibrary(@RestClient SopServiceClient sops) {
        this.sops = sops;
    }

    public LibraryResults find(LibraryQuery query) {
        Answer<List<SopSummary>> library = ServiceCalls.call(SERVICE, () -> readAll(query));
        if (!library.ok()) {
            return LibraryResults.failed(library.failure());
        }
        List<SopSummary> all = library.value();
        List<SopSummary> candidates = all.stream()
                .filter(s -> query.domain() == null || query.domain().equals(s.domain()))
                .filter(s -> query.cursor() == null || s.key().compareTo(query.cursor()) > 0).toList();
        List<LibraryRow> rows = new ArrayList<>();
        for (SopSummary sop : candidates) {
            if (rows.size() == PAGE_SIZE) {
                return new LibraryResults(rows, domains(all), rows.get(PAGE_SIZE - 1).sop().key(),
                        all.size() >= MAX_SOPS, null);
            }
            Answer<VersionLine> versions = versions(sop.key());
            if (!versions.ok()) {
                return LibraryResults.failed(versions.failure());
            }
            if (query.status() == null || versions.value().has(query.status())) {
                rows.add(new LibraryRow(sop, versions.value()));
            }
        }
        return new LibraryResults(rows, domains(all), null, all.size() >= MAX_SOPS, null);
    }

    /** Every version of one SOP, oldest first. */
    public Answer<VersionLine> versions(String key) {
        return ServiceCalls.call(SERVICE, () -> {
            List<SopVersion> versions = new ArrayList<>();
            String cursor = null;
            do {
                ItemPage<SopVersion> page = sops.versions(key, FETCH, cursor);
                versions.addAll(page.items());
                cursor = page.hasNext() ? page.nextCursor() : null;
            } while (cursor != null);
            return new VersionLine(versions);
        });
    }

    private List<SopSummary> readAll(LibraryQuery query) {
        List<SopSummary> all = new ArrayList<>();
        String cursor = null;
        do {
            ItemPage<SopSummary> page = sops.library(FETCH, cursor, query.legalBasis(), query.dataCategory());
            all.addAll(page.items());
            cursor = page.hasNext() && all.size() < MAX_SOPS ? page.nextCursor() : null;
        } while (cursor != null);
        return all;
    }

    private static List<String> domains(List<SopSummary> all) {
        return all.stream().map(SopSummary::domain).filter(d -> d != null && !d.isBlank()).distinct().sorted()
                .toList();
    }
}
