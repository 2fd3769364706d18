package io.vigil.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vigil.audit.log.IngestEnvelope.Reason;
import io.vigil.audit.verify.json.CanonicalJson;
import io.vigil.audit.verify.json.JsonReader;
import io.vigil.kit.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CanonicalEnvelopeTest {

    private final ObjectMapper jackson = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void equalsCanonicalisingTheEnvelopesJson() throws Exception {
        for (IngestEnvelope envelope : new IngestEnvelope[] {EnvelopeFixtures.full(), EnvelopeFixtures.minimal()}) {
            String viaJson = CanonicalJson.toText(JsonReader.parse(jackson.writeValueAsString(envelope)));

            assertThat(CanonicalEnvelope.of(envelope)).isEqualTo(viaJson);
        }
    }

    @Test
    void sortsMembersAndEscapesOnlyWhatRfc8785Escapes() {
        String text = CanonicalEnvelope.of(EnvelopeFixtures.full());

        assertThat(text).startsWith("{\"action\":\"case.transition\",\"actor\":{\"onBehalfOf\":\"sub-lee\",\"ref\":\"sub-ivy\"")
                .contains("\"producerSeq\":42,").contains("Zurück → \\\"triage\\\"\\t\u00e9 \ud83d\ude00 \\\\ \\u0001");
    }

    @Test
    void refusesALoneSurrogateNamingTheMember() {
        IngestEnvelope e = EnvelopeFixtures.full();
        IngestEnvelope lone = new IngestEnvelope(e.eventId(), e.producer(), e.producerSeq(), e.occurredAt(), e.actor(),
                e.action(), e.outcome(), e.target(), e.region(), new Reason("x", "broken \ud800 text"), e.sop(),
                e.correlationId(), e.traceId(), e.subjects(), e.changes(), e.payload(), null);

        assertThatThrownBy(() -> CanonicalEnvelope.of(lone)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("text").hasMessageContaining("surrogate");
    }
}
