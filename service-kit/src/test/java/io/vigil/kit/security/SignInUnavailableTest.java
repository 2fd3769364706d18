package io.vigil.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SignInUnavailableTest {

    @Test
    void anOidcFailureBecauseTheServerIsNotAvailableCounts() {
        assertThat(SignInUnavailable.identityProviderUnreachable(new OIDCException("OIDC Server is not available")))
                .isTrue();
        assertThat(SignInUnavailable.identityProviderUnreachable(
                new OIDCException("discovery", new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void otherFailuresAreLeftToTheirOwnHandlers() {
        assertThat(SignInUnavailable.identityProviderUnreachable(new AuthenticationFailedException("bad token")))
                .isFalse();
        assertThat(SignInUnavailable.identityProviderUnreachable(new ConnectException("case-service down")))
                .isFalse();
        assertThat(SignInUnavailable.identityProviderUnreachable(new OIDCException("invalid client secret")))
                .isFalse();
        assertThat(SignInUnavailable.identityProviderUnreachable(null)).isFalse();
    }
}
