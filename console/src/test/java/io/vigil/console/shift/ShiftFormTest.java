package io.vigil.console.shift;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.console.outbound.ServiceProblem.FieldError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftFormTest {

    @Test
    void aGoodShiftBecomesUtcTimes() {
        ShiftForm form = new ShiftForm("US", "", " ivy ", "LEAD", "2026-12-01T08:00", "2026-12-01T16:00");
        assertThat(form.problems(List.of("US"))).isEmpty();
        assertThat(form.body()).containsEntry("startsAt", "2026-12-01T08:00:00Z").containsEntry("person", "ivy")
                .doesNotContainKey("queueId");
    }

    @Test
    void everySlipIsNamed() {
        assertThat(new ShiftForm("SG", "", "", "BOSS", "soon", "").problems(List.of("US")))
                .extracting(FieldError::field).containsExactly("region", "person", "role", "startsAt", "endsAt");
        assertThat(new ShiftForm("US", "", "ivy", "LEAD", "2026-12-01T08:00", "2026-12-20T08:00")
                .problems(List.of("US"))).extracting(FieldError::message).containsExactly("a shift lasts at most 14 days");
    }

    @Test
    void theEmptyFormOffersTheNextFullHourForEightHours() {
        ShiftForm form = ShiftForm.startingAfter(Instant.parse("2026-11-29T10:20:00Z"), "US");
        assertThat(form.startsAt()).isEqualTo("2026-11-29T11:00");
        assertThat(form.endsAt()).isEqualTo("2026-11-29T19:00");
    }
}
