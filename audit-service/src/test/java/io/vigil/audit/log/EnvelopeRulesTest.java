package io.vigil.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vigil.audit.log.IngestEnvelope.Actor;
import io.vigil.audit.log.IngestEnvelope.ActorType;
import io.vigil.audit.log.IngestEnvelope.Sop;
import io.vigil.kit.problem.FieldError;
import io.vigil.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeRulesTest {

    @Test
    void aCompleteAndAMinimalEnvelopePass() {
        assertThatCode(() -> EnvelopeRules.check(List.of(EnvelopeFixtures.full(), EnvelopeFixtures.minimal())))
                .doesNotThrowAnyException();
    }

    @Test
    void everyFaultOfTheBatchIsNamedByItsJsonPath() {
        IngestEnvelope m = EnvelopeFixtures.minimal();
        IngestEnvelope bad = new IngestEnvelope(null, " ", -1L, m.occurredAt(), new Actor(ActorType.user, "", null, null),
                "Transition", null, null, "x".repeat(21), null, new Sop("k", -2), null, null, null, null, null, null);

        assertThat(errors(List.of(m, bad))).containsExactly(
                new FieldError("[1].action", "must be a dotted verb like case.transition"),
                new FieldError("[1].actor.ref", "must not be blank"),
                new FieldError("[1].eventId", "must not be null"),
                new FieldError("[1].outcome", "must not be null"),
                new FieldError("[1].producer", "must not be blank"),
                new FieldError("[1].producerSeq", "must be greater than or equal to 0"),
                new FieldError("[1].region", "size must be between 0 and 20"),
                new FieldError("[1].sop.version", "must be greater than or equal to 0"));
    }

    @Test
    void aMissingActionIsNamed() {
        IngestEnvelope m = EnvelopeFixtures.minimal();
        IngestEnvelope noAction = new IngestEnvelope(m.eventId(), m.producer(), m.producerSeq(), m.occurredAt(), m.actor(),
                null, m.outcome(), null, null, null, null, null, null, null, null, null, null);

        assertThat(errors(List.of(noAction))).containsExactly(new FieldError("[0].action", "must not be blank"));
    }

    @Test
    void aBatchHoldsOneToAThousandEnvelopes() {
        List<IngestEnvelope> tooMany = new ArrayList<>(Collections.nCopies(1001, EnvelopeFixtures.minimal()));

        assertThat(errors(List.of())).containsExactly(new FieldError("envelopes", "size must be between 1 and 1000"));
        assertThat(errors(tooMany)).containsExactly(new FieldError("envelopes", "size must be between 1 and 1000"));
        assertThat(errors(null)).containsExactly(new FieldError("envelopes", "must not be null"));
        assertThat(errors(Collections.singletonList(null))).containsExactly(new FieldError("[0]", "must not be null"));
    }

    private static List<FieldError> errors(List<IngestEnvelope> batch) {
        return catchThrowableOfType(() -> EnvelopeRules.check(batch), InvalidRequestException.class).errors();
    }
}
