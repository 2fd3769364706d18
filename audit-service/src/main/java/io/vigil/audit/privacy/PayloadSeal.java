package io.vigil.audit.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.audit.log.IngestEnvelope;
import io.vigil.audit.log.IngestEnvelope.Payload;
import io.vigil.audit.privacy.Sealer.Sealed;
import io.vigil.audit.privacy.SubjectKeys.SubjectKey;
import io.vigil.kit.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns an envelope's clear {@code personal} data into its sealed {@code payload} before the envelope is stored and
 * hashed, and opens payloads again for data-subject access while the subject's key lives.
 */
@ApplicationScoped
public class PayloadSeal {

    private final SubjectKeys keys;
    private final ObjectMapper json;
    private final Clock clock;

    public PayloadSeal(SubjectKeys keys, ObjectMapper json, Clock clock) {
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /** The envelope as it may be stored: personal data sealed under its subject's key, or unchanged. */
    public IngestEnvelope seal(IngestEnvelope envelope) {
        if (envelope.personal() == null) {
            return envelope;
        }
        if (envelope.payload() != null) {
            throw new InvalidRequestException("personal", "send either personal (sealed by audit-service) or payload, not both");
        }
        String subjectRef = envelope.personal().subjectRef();
        SubjectKey key = keys.keyFor(subjectRef, clock.instant());
        Sealed sealed = keys.sealer().seal(key.key(), bytes(envelope), context(envelope.eventId(), subjectRef));
        Base64.Encoder b64 = Base64.getEncoder();
        return envelope.sealed(new Payload(subjectRef, key.id().toString(), b64.encodeToString(sealed.nonce()),
                b64.encodeToString(sealed.ciphertext())));
    }

    /** The personal data as JSON text, or empty when the key was destroyed (or never held here). */
    public Optional<String> open(UUID eventId, Payload payload) {
        Optional<SubjectKey> key = parse(payload.keyId()).flatMap(keys::find);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            byte[] plain = keys.sealer().open(key.get().key(), new Sealed(b64.decode(payload.nonce()),
                    b64.decode(payload.ciphertext())), context(eventId, payload.subjectRef()));
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the payload of event " + eventId + " does not open with its key", e);
        }
    }

    private byte[] bytes(IngestEnvelope envelope) {
        try {
            return json.writeValueAsBytes(envelope.personal().data());
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("personal.data", "cannot be written as JSON");
        }
    }

    private static Optional<UUID> parse(String keyId) {
        try {
            return Optional.of(UUID.fromString(keyId));
        } catch (IllegalArgumentException foreign) {
            return Optional.empty();
        }
    }

    private static byte[] context(UUID eventId, String subjectRef) {
        return ("vigil-audit-payload:" + eventId + ":" + subjectRef).getBytes(StandardCharsets.UTF_8);
    }
}
