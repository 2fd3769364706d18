package io.vigil.kit.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123Z");

    @Test
    void idsAreVersionSevenWithTheRfcVariantAndTheClocksMillisecond() {
        UUID id = new IdGenerator(Clock.fixed(NOW, ZoneOffset.UTC)).next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void idsFromOneGeneratorIncreaseEvenWithinOneMillisecond() {
        IdGenerator ids = new IdGenerator(Clock.fixed(NOW, ZoneOffset.UTC));
        List<UUID> issued = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            issued.add(ids.next());
        }
        for (int i = 1; i < issued.size(); i++) {
            assertThat(Long.compareUnsigned(issued.get(i).getMostSignificantBits(),
                    issued.get(i - 1).getMostSignificantBits())).isPositive();
        }
    }
}
