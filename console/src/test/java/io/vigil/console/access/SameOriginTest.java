package io.vigil.console.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void anOriginNamingTheConsolesOwnHostIsTheSameOrigin() {
        assertThat(SameOrigin.sameHost("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
        assertThat(SameOrigin.sameHost("https://console.vigil.example", "console.vigil.example")).isTrue();
        assertThat(SameOrigin.sameHost("https://Console.Vigil.Example", "console.vigil.example")).isTrue();
    }

    @Test
    void anotherHostAnOpaqueOriginOrNoHostIsNot() {
        assertThat(SameOrigin.sameHost("https://evil.example", "console.vigil.example")).isFalse();
        assertThat(SameOrigin.sameHost("null", "console.vigil.example")).isFalse();
        assertThat(SameOrigin.sameHost("https://console.vigil.example", null)).isFalse();
        assertThat(SameOrigin.sameHost("http://127.0.0.1:9999", "127.0.0.1:8080")).isFalse();
        assertThat(SameOrigin.sameHost("not a url", "127.0.0.1:8080")).isFalse();
    }
}
