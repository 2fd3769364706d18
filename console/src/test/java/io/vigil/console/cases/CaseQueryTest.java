package io.vigil.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseQueryTest {

    private static final String QUEUE = "0193a1b2-0000-7000-8000-0000000000a1";

    private static CaseQuery query(String... pairs) {
        Map<String, String> raw = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            raw.put(pairs[i], pairs[i + 1]);
        }
        return CaseQuery.of(raw, "ivy");
    }

    @Test
    void missingAndBlankFiltersMeanNoFilter() {
        assertThat(query("status", " ", "q", "", "cursor", "")).isEqualTo(CaseQuery.empty());
    }

    @Test
    void filtersAreReadCaseInsensitivelyAndTrimmed() {
        assertThat(query("status", "in_progress", "region", " eu ", "priority", "p1", "cursor", "abc",
                "q", "  fake  sneakers ", "subject", " L-123 ", "queueId", QUEUE.toUpperCase()))
                .isEqualTo(new CaseQuery("IN_PROGRESS", QUEUE, null, "EU", "L-123", "P1", "fake  sneakers", "abc"));
    }

    @Test
    void meAsAssigneeMeansTheSignedInUser() {
        assertThat(query("assignee", "me").assignee()).isEqualTo("ivy");
        assertThat(query("assignee", "leo").assignee()).isEqualTo("leo");
    }

    @Test
    void valuesThatCannotBeAFilterAreDropped() {
        assertThat(query("status", "OPEN", "region", "E U", "cursor", "a b", "priority", "P9", "queueId", "q-1",
                "assignee", "a b;c")).isEqualTo(CaseQuery.empty());
    }

    @Test
    void aVeryLongSearchIsCutRatherThanSentWhole() {
        assertThat(query("q", "x".repeat(5000)).q()).hasSize(200);
    }

    @Test
    void theNextPageLinkKeepsTheFiltersAndTheFirstPageLinkDropsOnlyTheCursor() {
        CaseQuery query = query("status", "NEW", "region", "US", "q", "fake shoes", "cursor", "c1");

        assertThat(query.nextPageLink("c2")).isEqualTo("/cases?status=NEW&region=US&q=fake+shoes&cursor=c2");
        assertThat(query.firstPageLink()).isEqualTo("/cases?status=NEW&region=US&q=fake+shoes");
        assertThat(CaseQuery.empty().firstPageLink()).isEqualTo("/cases");
    }

    @Test
    void onlyTheCurrentChoicesAreMarkedSelected() {
        CaseQuery query = query("status", "WAITING", "region", "SG", "priority", "P0");

        assertThat(query.statusOptions()).filteredOn(CaseQuery.Option::selected).extracting(CaseQuery.Option::value)
                .containsExactly("WAITING");
        assertThat(query.priorityOptions()).filteredOn(CaseQuery.Option::selected)
                .extracting(CaseQuery.Option::value).containsExactly("P0");
        assertThat(query.regionOptions(List.of("EU", "SG"))).extracting(CaseQuery.Option::selected)
                .containsExactly(false, true);
    }
}
