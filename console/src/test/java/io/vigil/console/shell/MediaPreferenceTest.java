package io.vigil.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaPreferenceTest {

    private final MediaPreference preference = new MediaPreference(Optional.empty(),
            Optional.of("a-client-secret-of-at-least-32-characters"));

    @Test
    void aSignedChoiceIsReadBackForTheUserItWasSignedFor() {
        String value = preference.cookie(MediaDisplay.GREYSCALE, "ivy", true).getValue();

        assertThat(preference.of(value, "ivy")).isEqualTo(MediaDisplay.GREYSCALE);
    }

    @Test
    void anotherUsersChoiceFallsBackToBlurred() {
        String ivys = preference.cookie(MediaDisplay.SHOW, "ivy", true).getValue();

        assertThat(preference.of(ivys, "leo")).isEqualTo(MediaDisplay.BLUR);
    }

    @Test
    void anEditedOrMissingCookieFallsBackToBlurred() {
        String value = preference.cookie(MediaDisplay.GREYSCALE, "ivy", true).getValue();

        assertThat(preference.of("show" + value.substring(value.indexOf('.')), "ivy")).isEqualTo(MediaDisplay.BLUR);
        assertThat(preference.of("show", "ivy")).isEqualTo(MediaDisplay.BLUR);
        assertThat(preference.of(null, "ivy")).isEqualTo(MediaDisplay.BLUR);
    }

    @Test
    void aCookieSignedWithAnotherKeyIsNotTrusted() {
        MediaPreference other = new MediaPreference(Optional.of("another-key"), Optional.empty());

        assertThat(preference.of(other.cookie(MediaDisplay.SHOW, "ivy", true).getValue(), "ivy"))
                .isEqualTo(MediaDisplay.BLUR);
    }

    @Test
    void theCookieIsHttpOnlyLaxAndLastsAYear() {
        var cookie = preference.cookie(MediaDisplay.SHOW, "ivy", true);

        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
        assertThat(cookie.getPath()).isEqualTo("/");
    }
}
