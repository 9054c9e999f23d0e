package org.switchboard.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.switchboard.teams.support.Fixtures;

/** {@link OpenIdMetadata} on the Bot Framework's metadata document shape (botbuilder-dotnet's test copy). */
class OpenIdMetadataTest {

    private static final URI SOURCE = URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration");

    @Test
    void theBotFrameworkDocumentGivesIssuerAndKeys() throws Exception {
        OpenIdMetadata metadata = OpenIdMetadata.parse(Fixtures.read("botbuilder-dotnet/MetadataDocument.json"), SOURCE);
        assertThat(metadata.issuer()).isEqualTo("https://api.botframework.com");
        assertThat(metadata.jwksUri()).isEqualTo(URI.create("https://login.botframework.com/v1/.well-known/keys"));
    }

    @Test
    void documentsWithoutIssuerOrKeysOrNotJsonAreUnavailable() {
        assertThatThrownBy(() -> OpenIdMetadata.parse("{\"issuer\":\"x\"}", SOURCE))
                .isInstanceOf(KeysUnavailableException.class).hasMessageContaining("jwks_uri");
        assertThatThrownBy(() -> OpenIdMetadata.parse("<html>", SOURCE)).isInstanceOf(KeysUnavailableException.class);
        assertThatThrownBy(() -> OpenIdMetadata.parse("[]", SOURCE)).isInstanceOf(KeysUnavailableException.class);
    }
}
