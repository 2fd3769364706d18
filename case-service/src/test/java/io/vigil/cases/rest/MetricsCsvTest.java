package io.vigil.cases.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.cases.metrics.GroupMetrics;
import io.vigil.cases.metrics.Grouping;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCsvTest {

    private static GroupMetrics group(String name) {
        return new GroupMetrics(name, 4, 2, 0.5, 60.0, 90.0, null, null, 0.25, null,
                new GroupMetrics.Backlog(1, 1, 0, 0, 0), 4, 1, 0.25);
    }

    @Test
    void theHeaderNamesTheGroupingAndNullsAreEmptyCells() {
        String csv = MetricsCsv.of(Grouping.QUEUE, List.of(group("shop-US-STANDARD")));
        assertThat(csv).startsWith("queue,opened,resolved,")
                .contains("\r\nshop-US-STANDARD,4,2,0.5,60.0,90.0,,,0.25,,1,1,0,0,0,4,1,0.25\r\n");
    }

    @Test
    void aGroupNameWithACommaOrQuoteIsQuotedAsRfc4180Says() {
        String csv = MetricsCsv.of(Grouping.QUEUE, List.of(group("fraud, \"vip\"")));
        assertThat(csv).contains("\r\n\"fraud, \"\"vip\"\"\",4,");
    }
}
