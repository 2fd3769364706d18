package io.vigil.cases.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseLinkTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @ParameterizedTest
    @EnumSource(LinkType.class)
    void eachEndReadsTheLinkAsTheInverseOfTheOther(LinkType type) {
        CaseLink link = CaseLink.between(UUID.randomUUID(), a, type, b, "ivy", Instant.EPOCH);
        assertThat(link.seenFrom(a)).isEqualTo(type);
        assertThat(link.seenFrom(b)).isEqualTo(type.inverse());
        assertThat(link.otherThan(a)).isEqualTo(b);
        assertThat(link.otherThan(b)).isEqualTo(a);
    }

    @ParameterizedTest
    @EnumSource(LinkType.class)
    void theInverseOfTheInverseIsTheType(LinkType type) {
        assertThat(type.inverse().inverse()).isEqualTo(type);
    }

    @Test
    void aChildLinkIsStoredAsTheParentsLink() {
        CaseLink child = CaseLink.between(UUID.randomUUID(), a, LinkType.CHILD_OF, b, "ivy", Instant.EPOCH);
        assertThat(child.seenFrom(b)).isEqualTo(LinkType.PARENT_OF);
        assertThat(LinkType.CHILD_OF.stored()).isFalse();
    }

    @Test
    void aCaseCannotBeLinkedToItself() {
        assertThatThrownBy(() -> CaseLink.between(UUID.randomUUID(), a, LinkType.RELATED, a, "ivy", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
