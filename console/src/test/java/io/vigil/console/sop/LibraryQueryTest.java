package io.vigil.console.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryQueryTest {

    @Test
    void valuesAreReadCaseInsensitivelyAndBlankMeansNoFilter() {
        assertThat(LibraryQuery.of(" Shop ", "gdpr", "Payment-Data", "in_review", " "))
                .isEqualTo(new LibraryQuery("shop", "GDPR", "payment-data", "IN_REVIEW", null));
    }

    @Test
    void valuesThatCannotBeFiltersAreDropped() {
        assertThat(LibraryQuery.of("shop floor", "HIPAA", "a/b", "OPEN", "x y"))
                .isEqualTo(new LibraryQuery(null, null, null, null, null));
    }

    @Test
    void pageLinksKeepTheFiltersAndTheFirstPageDropsTheCursor() {
        LibraryQuery query = LibraryQuery.of("shop", "PSD2", null, null, "shop.a");

        assertThat(query.nextPageLink("shop.z")).isEqualTo("/sops?domain=shop&legalBasis=PSD2&cursor=shop.z");
        assertThat(query.firstPageLink()).isEqualTo("/sops?domain=shop&legalBasis=PSD2");
    }

    @Test
    void onlyTheChosenOptionsAreSelected() {
        LibraryQuery query = LibraryQuery.of("ads", "CCPA", null, "DRAFT", null);

        assertThat(query.domainOptions(List.of("ads", "shop"))).extracting(LibraryQuery.Option::selected)
                .containsExactly(true, false);
        assertThat(query.legalBasisOptions()).filteredOn(LibraryQuery.Option::selected)
                .extracting(LibraryQuery.Option::value).containsExactly("CCPA");
        assertThat(query.statusOptions()).filteredOn(LibraryQuery.Option::selected)
                .extracting(LibraryQuery.Option::label).containsExactly("draft");
    }
}
