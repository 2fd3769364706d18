package io.vigil.sop.adoption;

import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.page.Cursor;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.security.Caller;
import io.vigil.sop.Sop;
import io.vigil.sop.SopAudit;
import io.vigil.sop.SopRepository;
import io.vigil.sop.VersionPublished;
import io.vigil.sop.adoption.AcknowledgementRequestStore.Position;
import io.vigil.sop.config.SopConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Publishing a version asks its audience to acknowledge it (DESIGN.md section 5, adoption): each audience is asked
 * as a whole, so whoever holds the role or joins the team later is asked too, and each member on its roster at
 * publication is asked by name, for the record. People see what they still owe through {@link #pending}.
 */
@ApplicationScoped
public class AcknowledgementRequests {

    private final SopRepository sops;
    private final AdoptionStore rosters;
    private final AcknowledgementRequestStore requests;
    private final SopAudit audit;
    private final SopConfig config;
    private final IdGenerator ids;
    private final Clock clock;

    public AcknowledgementRequests(SopRepository sops, AdoptionStore rosters, AcknowledgementRequestStore requests,
            SopAudit audit, SopConfig config, IdGenerator ids, Clock clock) {
        this.sops = sops;
        this.rosters = rosters;
        this.requests = requests;
        this.audit = audit;
        this.config = config;
        this.ids = ids;
        this.clock = clock;
    }

    /** Inside the publishing transaction: a publication that rolls back asks nobody. */
    void onPublished(@Observes VersionPublished published) {
        Sop sop = sops.findById(published.sopId());
        Instant from = published.effectiveFrom();
        AcknowledgementRequest.Asked asked = new AcknowledgementRequest.Asked(sop.id(), published.number(), from,
                from.plus(Duration.ofDays(config.acknowledgeWithinDays())), clock.instant());
        TreeSet<String> people = new TreeSet<>();
        for (String audience : new LinkedHashSet<>(sop.governance().audience())) {
            requests.persist(AcknowledgementRequest.of(ids.next(), asked, audience, null));
            for (String member : rosters.members(List.of(audience))) {
                requests.persist(AcknowledgementRequest.of(ids.next(), asked, audience, member));
                people.add(member);
            }
        }
        audit.versionEvent("sop.acknowledgement.request", published.key(), published.number())
                .change("audiences", null, String.join(",", sop.governance().audience()))
                .change("members", null, Integer.toString(people.size()))
                .change("effectiveFrom", null, from.toString()).record();
    }

    /** The published versions in effect that the caller was asked to acknowledge and has not, oldest first. */
    public Page<PendingAcknowledgement> pending(Caller caller, PageRequest page) {
        List<PendingAcknowledgement> found = requests.pending(caller.username(), caller.roles(), clock.instant(),
                page.after().map(AcknowledgementRequests::position), page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<PendingAcknowledgement> items = more ? found.subList(0, page.limit()) : found;
        PendingAcknowledgement last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page<>(List.copyOf(items), more ? Cursor.encode(last.effectiveFrom() + "|" + last.sop()) : null);
    }

    private static Position position(String cursor) {
        int bar = cursor.indexOf('|');
        try {
            return new Position(Instant.parse(cursor.substring(0, Math.max(bar, 0))), cursor.substring(bar + 1));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException foreign) {
            throw new InvalidRequestException("cursor", "is not a cursor this API issued");
        }
    }
}
