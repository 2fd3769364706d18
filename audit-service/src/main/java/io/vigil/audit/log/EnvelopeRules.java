package io.vigil.audit.log;

import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.Change;
import io.vigil.audit.log.IngestEnvelope.Outcome;
import io.vigil.audit.log.IngestEnvelope.Payload;
import io.vigil.audit.log.IngestEnvelope.Personal;
import io.vigil.audit.log.IngestEnvelope.Reason;
import io.vigil.audit.log.IngestEnvelope.Sop;
import io.vigil.audit.log.IngestEnvelope.Subject;
import io.vigil.audit.log.IngestEnvelope.Target;
import io.vigil.kit.problem.FieldError;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an ingest batch must satisfy beyond its JSON shape, checked in plain code because a batch of 1,000 envelopes
 * is validated on every request (Bean Validation cost more than the rest of the request). Every fault in the batch
 * is reported at once, named by its JSON path ({@code [3].actor.ref}), with Bean Validation's wording.
 */
public final class EnvelopeRules {

    public static final int MAX_BATCH = 1000;
    private static final Pattern DOTTED_VERB = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final String NULL = "must not be null";
    private static final String BLANK = "must not be blank";

    private final List<FieldError> errors = new ArrayList<>();

    private EnvelopeRules() {
    }

    /** Throws {@link InvalidRequestException} naming every invalid field of the batch. */
    public static void check(List<IngestEnvelope> batch) {
        EnvelopeRules rules = new EnvelopeRules();
        if (batch == null) {
            rules.errors.add(new FieldError("envelopes", NULL));
        } else if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            rules.errors.add(new FieldError("envelopes", "size must be between 1 and " + MAX_BATCH));
        } else {
            for (int i = 0; i < batch.size(); i++) {
                rules.envelope("[" + i + "]", batch.get(i));
            }
        }
        if (!rules.errors.isEmpty()) {
            rules.errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw new InvalidRequestException(rules.errors);
        }
    }

    private void envelope(String at, IngestEnvelope e) {
        if (present(at, "", e)) {
            present(at, ".eventId", e.eventId());
            text(at, ".producer", e.producer(), 100);
            if (present(at, ".producerSeq", e.producerSeq()) && e.producerSeq() < 0) {
                fail(at, ".producerSeq", "must be greater than or equal to 0");
            }
            present(at, ".occurredAt", e.occurredAt());
            actor(at, e.actor());
            if (text(at, ".action", e.action(), Integer.MAX_VALUE) && !DOTTED_VERB.matcher(e.action()).matches()) {
                fail(at, ".action", "must be a dotted verb like case.transition");
            }
            outcome(at, e.outcome());
            target(at, e.target());
            max(at, ".region", e.region(), 20);
            reason(at, e.reason());
            sop(at, e.sop());
            max(at, ".correlationId", e.correlationId(), 200);
            max(at, ".traceId", e.traceId(), 64);
            subjects(at, e.subjects());
            changes(at, e.changes());
            payload(at, e.payload());
            personal(at, e.personal());
        }
    }

    private void actor(String at, Actor actor) {
        if (present(at, ".actor", actor)) {
            present(at, ".actor.type", actor.type());
            text(at, ".actor.ref", actor.ref(), Integer.MAX_VALUE);
        }
    }

    private void outcome(String at, Outcome outcome) {
        if (present(at, ".outcome", outcome)) {
            present(at, ".outcome.status", outcome.status());
        }
    }

    private void target(String at, Target target) {
        if (target != null) {
            text(at, ".target.type", target.type(), Integer.MAX_VALUE);
            text(at, ".target.id", target.id(), Integer.MAX_VALUE);
        }
    }

    private void reason(String at, Reason reason) {
        if (reason != null) {
            text(at, ".reason.code", reason.code(), Integer.MAX_VALUE);
            max(at, ".reason.text", reason.text(), 2000);
        }
    }

    private void sop(String at, Sop sop) {
        if (sop != null) {
            text(at, ".sop.key", sop.key(), Integer.MAX_VALUE);
            if (present(at, ".sop.version", sop.version()) && sop.version() < 0) {
                fail(at, ".sop.version", "must be greater than or equal to 0");
            }
        }
    }

    private void subjects(String at, List<Subject> subjects) {
        if (subjects != null && size(at, ".subjects", subjects, 100)) {
            for (int i = 0; i < subjects.size(); i++) {
                if (subjects.get(i) == null) {
                    fail(at, ".subjects[" + i + "]", NULL);
                } else if (subjects.get(i).ref() == null || subjects.get(i).ref().isBlank()) {
                    fail(at, ".subjects[" + i + "].ref", BLANK);
                }
            }
        }
    }

    private void changes(String at, List<Change> changes) {
        if (changes != null && size(at, ".changes", changes, 200)) {
            for (int i = 0; i < changes.size(); i++) {
                if (changes.get(i) == null) {
                    fail(at, ".changes[" + i + "]", NULL);
                } else if (changes.get(i).field() == null || changes.get(i).field().isBlank()) {
                    fail(at, ".changes[" + i + "].field", BLANK);
                }
            }
        }
    }

    private void payload(String at, Payload payload) {
        if (payload != null) {
            text(at, ".payload.subjectRef", payload.subjectRef(), Integer.MAX_VALUE);
            text(at, ".payload.keyId", payload.keyId(), Integer.MAX_VALUE);
            text(at, ".payload.nonce", payload.nonce(), Integer.MAX_VALUE);
            text(at, ".payload.ciphertext", payload.ciphertext(), Integer.MAX_VALUE);
        }
    }

    private void personal(String at, Personal personal) {
        if (personal != null) {
            text(at, ".personal.subjectRef", personal.subjectRef(), 200);
            if (present(at, ".personal.data", personal.data()) && personal.data().size() > 50) {
                fail(at, ".personal.data", "size must be between 0 and 50");
            }
        }
    }

    private boolean present(String at, String name, Object value) {
        if (value == null) {
            fail(at, name, NULL);
            return false;
        }
        return true;
    }

    /** Not blank and at most {@code max} characters; true when it is. */
    private boolean text(String at, String name, String value, int max) {
        if (value == null || value.isBlank()) {
            fail(at, name, BLANK);
            return false;
        }
        return max(at, name, value, max);
    }

    private boolean max(String at, String name, String value, int max) {
        if (value != null && value.length() > max) {
            fail(at, name, "size must be between 0 and " + max);
            return false;
        }
        return true;
    }

    private boolean size(String at, String name, List<?> list, int max) {
        if (list.size() > max) {
            fail(at, name, "size must be between 0 and " + max);
            return false;
        }
        return true;
    }

    /** The path is only put together for a fault, so a valid batch builds no strings. */
    private void fail(String at, String name, String message) {
        errors.add(new FieldError(at + name, message));
    }
}
