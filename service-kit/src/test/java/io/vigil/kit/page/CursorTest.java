package io.vigil.kit.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kit.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorDecodesToThePositionItWasMadeFrom() {
        assertThat(Cursor.decode(Cursor.encode("0192f1c2-7a00-7000-8000-000000000001")))
                .isEqualTo("0192f1c2-7a00-7000-8000-000000000001");
    }

    @Test
    void aCursorDoesNotShowItsPositionInTheClear() {
        assertThat(Cursor.encode("shop.refund")).doesNotContain("shop");
    }

    @Test
    void aStringThatIsNotOurCursorIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> Cursor.decode("not a cursor!"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> Cursor.decode("c29tZXRoaW5n")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void pageSizesOutsideOneToFiveHundredAreRefused() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
        assertThat(PageRequest.of(500, "").limit()).isEqualTo(500);
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PageRequest.of(501, null)).isInstanceOf(InvalidRequestException.class);
    }
}
