package io.vigil.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseQueryTest {

    @Test
    void missingAndBlankFiltersMeanNoFilter() {
        assertThat(CaseQuery.of(null, " ", "")).isEqualTo(new CaseQuery(null, null, null));
    }

    @Test
    void filtersAreReadCaseInsensitively() {
        assertThat(CaseQuery.of("in_progress", " eu ", "abc")).isEqualTo(new CaseQuery("IN_PROGRESS", "EU", "abc"));
    }

    @Test
    void valuesThatCannotBeAStatusRegionOrCursorAreDropped() {
        assertThat(CaseQuery.of("OPEN", "E U", "a b")).isEqualTo(new CaseQuery(null, null, null));
    }

    @Test
    void theNextPageLinkKeepsTheFiltersAndTheFirstPageLinkDropsOnlyTheCursor() {
        CaseQuery query = CaseQuery.of("NEW", "US", "c1");

        assertThat(query.nextPageLink("c2")).isEqualTo("/cases?status=NEW&region=US&cursor=c2");
        assertThat(query.firstPageLink()).isEqualTo("/cases?status=NEW&region=US");
        assertThat(CaseQuery.of(null, null, null).firstPageLink()).isEqualTo("/cases");
    }

    @Test
    void onlyTheCurrentChoicesAreMarkedSelected() {
        CaseQuery query = CaseQuery.of("WAITING", "SG", null);

        assertThat(query.statusOptions()).filteredOn(CaseQuery.Option::selected).extracting(CaseQuery.Option::value)
                .containsExactly("WAITING");
        assertThat(query.regionOptions(List.of("EU", "SG"))).extracting(CaseQuery.Option::selected)
                .containsExactly(false, true);
    }
}
