package io.vigil.audit.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private final RetentionPolicy policy = new RetentionPolicy(Duration.ofDays(3650), Map.of("case", Duration.ofDays(30)));
    private final Instant monthEnd = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void aPartitionOfOneShortLivedClassGoesWhenThatClassExpires() {
        assertThat(policy.purgeableAt(monthEnd, List.of("case"))).isEqualTo(monthEnd.plus(Duration.ofDays(30)));
    }

    @Test
    void theLongestKeptClassInAPartitionDecidesForTheWholePartition() {
        assertThat(policy.purgeableAt(monthEnd, List.of("case", "access"))).isEqualTo(monthEnd.plus(Duration.ofDays(3650)));
    }

    @Test
    void anEventsClassIsItsActionsFirstSegment() {
        assertThat(RetentionPolicy.classOf("enforcement.approve")).isEqualTo("enforcement");
        assertThat(RetentionPolicy.classOf("login")).isEqualTo("login");
    }
}
