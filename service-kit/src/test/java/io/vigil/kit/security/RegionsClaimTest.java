package io.vigil.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsClaimTest {

    @Test
    void aJsonArrayOfRegionsIsRead() {
        assertThat(RegionsClaim.read(Json.createArrayBuilder().add("EU").add("SG").build()))
                .containsExactlyInAnyOrder("EU", "SG");
    }

    @Test
    void aListOrACommaSeparatedStringIsReadTheSameWay() {
        assertThat(RegionsClaim.read(List.of("us", " eu "))).containsExactlyInAnyOrder("US", "EU");
        assertThat(RegionsClaim.read("US,EU")).containsExactlyInAnyOrder("US", "EU");
    }

    @Test
    void aMissingOrOddClaimGrantsNoRegionAtAll() {
        assertThat(RegionsClaim.read(null)).isEmpty();
        assertThat(RegionsClaim.read(42)).isEmpty();
        assertThat(RegionsClaim.read("")).isEmpty();
    }
}
