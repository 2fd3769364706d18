package io.vigil.cases.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagedTest {

    @Test
    void withoutAWebhookTheTimelineSaysNobodyWasPagedAndWhoWasOnShift() {
        assertThat(new Paged(List.of("leo"), Optional.empty()).summary("incident.declared"))
                .isEqualTo("Not paged: no notification webhook is configured (on shift: leo)");
        assertThat(new Paged(List.of(), Optional.empty()).summary("case.escalated"))
                .isEqualTo("Not paged: no notification webhook is configured");
    }
}
