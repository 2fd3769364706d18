package io.vigil.audit.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.Payload;
import io.vigil.audit.log.IngestEnvelope.Target;
import io.vigil.audit.log.LoggedEvent;
import io.vigil.audit.log.SelfAudit;
import io.vigil.audit.log.SelfEvent;
import io.vigil.audit.query.EventSearch;
import io.vigil.audit.retention.LegalHolds;
import io.vigil.kit.page.Page;
import io.vigil.kit.page.PageRequest;
import io.vigil.kit.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Data-subject access (GDPR art. 15) and erasure by crypto-shredding (art. 17), each recorded in the log. */
@ApplicationScoped
public class SubjectAccess {

    private final EventSearch search;
    private final PayloadSeal seal;
    private final SubjectKeys keys;
    private final LegalHolds holds;
    private final SelfAudit audit;
    private final ObjectMapper json;
    private final Clock clock;

    public SubjectAccess(EventSearch search, PayloadSeal seal, SubjectKeys keys, LegalHolds holds, SelfAudit audit,
            ObjectMapper json, Clock clock) {
        this.search = search;
        this.seal = seal;
        this.keys = keys;
        this.holds = holds;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The subject's events with their own sealed data opened while their key lives. */
    @Transactional
    public Page<SubjectEvent> events(String subjectRef, PageRequest page, Actor by) {
        audit.record(SelfEvent.success(by, "subject.access", new Target("data-subject", subjectRef, null), "dsar",
                "limit=" + page.limit()).about(subjectRef));
        return search.bySubject(subjectRef, page).map(e -> open(subjectRef, e));
    }

    /** Destroys the subject's keys; their sealed data in the log becomes unreadable while every hash still holds. */
    @Transactional
    public int erase(String subjectRef, String reason, Actor by) {
        holds.activeFor(subjectRef).stream().findFirst().ifPresent(h -> {
            throw new ConflictException("legal-hold", "legal hold " + h.id() + " (" + h.reason() + ") keeps "
                    + subjectRef + "'s data");
        });
        int destroyed = keys.destroy(subjectRef, clock.instant());
        audit.record(SelfEvent.success(by, "subject.erase", new Target("data-subject", subjectRef, null), "erasure",
                reason + " (" + destroyed + " key(s) destroyed)").about(subjectRef));
        return destroyed;
    }

    private SubjectEvent open(String subjectRef, LoggedEvent event) {
        try {
            JsonNode payload = json.readTree(event.envelope()).path("payload");
            if (payload.isMissingNode() || !subjectRef.equals(payload.path("subjectRef").asText())) {
                return new SubjectEvent(event, SubjectEvent.NO_PAYLOAD, null);
            }
            Optional<String> data = seal.open(event.eventId(), json.treeToValue(payload, Payload.class));
            return new SubjectEvent(event, data.isPresent() ? SubjectEvent.OPENED : SubjectEvent.ERASED, data.orElse(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored envelope of seq " + event.seq() + " is not JSON", e);
        }
    }

    /** One event of the subject; {@code personal} holds their opened data when {@code payload} is OPENED. */
    public record SubjectEvent(LoggedEvent event, String payload, String personal) {
        static final String NO_PAYLOAD = "NONE";
        static final String OPENED = "OPENED";
        static final String ERASED = "ERASED";
    }
}
