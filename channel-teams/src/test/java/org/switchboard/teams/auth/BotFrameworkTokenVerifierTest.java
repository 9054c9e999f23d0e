package org.switchboard.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.bench.teamsapi.BotFrameworkStandIn;
import org.switchboard.bench.teamsapi.TestTokenSigner;

/**
 * The JWT matrix of the Bot Framework authentication spec against a local OpenID metadata document and JWKS (the
 * Bot Framework stand-in on the JDK HttpServer), signed with a test RSA key.
 */
class BotFrameworkTokenVerifierTest {

    private static final String APP_ID = "4d1e5a5c-0000-4000-8000-00000000b07a";
    private static final String SERVICE_URL = "https://smba.trafficmanager.net/amer/";
    private static final String TEAMS = "msteams";

    private static BotFrameworkStandIn standIn;
    private static TestTokenSigner signer;
    private static BotFrameworkTokenVerifier verifier;

    @BeforeAll
    static void start() throws IOException {
        signer = TestTokenSigner.generate("unit-key-1");
        standIn = BotFrameworkStandIn.start(0, signer);
        verifier = new BotFrameworkTokenVerifier(URI.create(standIn.openIdMetadataUrl()), APP_ID,
                HttpClient.newHttpClient(), Duration.ofHours(24), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @Test
    void aValidTokenForTheActivitysServiceUrlIsAccepted() throws Exception {
        VerifiedCaller caller = verifier.verify("Bearer " + signer.sign(APP_ID, SERVICE_URL), SERVICE_URL, TEAMS);
        assertThat(caller).isEqualTo(new VerifiedCaller(APP_ID, SERVICE_URL, true));
        assertThat(verifier.verify("bearer  " + signer.sign(APP_ID, SERVICE_URL), SERVICE_URL, TEAMS).verified()).isTrue();
    }

    /**
     * Issue 19: identity comes from the activity body, so the token must be one issued for Teams. A valid token whose
     * activity claims another channel, or whose signing key the JWK Set does not endorse for Teams (as a key for Web
     * Chat or Direct Line would be), is rejected, as the Bot Framework's ChannelValidation does.
     */
    @Test
    void aTokenForAnotherChannelOrFromAKeyNotEndorsedForTeamsIsRejected() throws Exception {
        String token = "Bearer " + signer.sign(APP_ID, SERVICE_URL);
        assertThatThrownBy(() -> verifier.verify(token, SERVICE_URL, "webchat"))
                .isInstanceOf(TokenRejectedException.class).hasMessageContaining("channelId");
        assertThatThrownBy(() -> verifier.verify(token, SERVICE_URL, null))
                .isInstanceOf(TokenRejectedException.class).hasMessageContaining("channelId");

        assertThat(KeyEndorsements.parse("{\"keys\":[{\"kid\":\"a\",\"endorsements\":[\"msteams\"]},"
                + "{\"kid\":\"b\",\"endorsements\":[\"webchat\",\"directline\"]},{\"kid\":\"c\"}]}"))
                .satisfies(e -> {
                    assertThat(e.endorses("a", "msteams")).isTrue();
                    assertThat(e.endorses("b", "msteams")).isFalse();
                    assertThat(e.endorses("c", "msteams")).isFalse();
                    assertThat(e.endorses(null, "msteams")).isFalse();
                    assertThat(e.endorses("unknown", "msteams")).isFalse();
                });
    }

    @Test
    void aMissingOrNonBearerHeaderIsRejected() {
        assertRejected(null, "no Authorization header");
        assertRejected("", "no Authorization header");
        assertRejected("Basic dXNlcjpwYXNz", "not a Bearer token");
        assertRejected("Bearer not-a-jwt", "not a JWT");
    }

    @Test
    void aWrongIssuerIsRejected() {
        assertRejected("Bearer " + signer.sign(claims("https://sts.windows.net/other/", APP_ID, SERVICE_URL,
                Instant.now().plusSeconds(300))), "JWT rejected");
    }

    @Test
    void aWrongAudienceIsRejected() {
        assertRejected("Bearer " + signer.sign(claims(TestTokenSigner.ISSUER, "another-bot", SERVICE_URL,
                Instant.now().plusSeconds(300))), "JWT rejected");
    }

    @Test
    void anExpiredTokenIsRejectedBeyondTheClockSkew() throws Exception {
        assertRejected("Bearer " + signer.sign(claims(TestTokenSigner.ISSUER, APP_ID, SERVICE_URL,
                Instant.now().minusSeconds(120))), "Expired JWT");
        assertThat(verifier.verify("Bearer " + signer.sign(claims(TestTokenSigner.ISSUER, APP_ID, SERVICE_URL,
                Instant.now().minusSeconds(10))), SERVICE_URL, TEAMS).verified()).as("within 60 s skew").isTrue();
    }

    @Test
    void aTokenWithoutExpiryIsRejected() {
        assertRejected("Bearer " + signer.sign(new JWTClaimsSet.Builder().issuer(TestTokenSigner.ISSUER).audience(APP_ID)
                .claim("serviceurl", SERVICE_URL).build()), "JWT rejected");
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRejected() {
        TestTokenSigner stranger = TestTokenSigner.generate("unit-key-unknown");
        assertRejected("Bearer " + stranger.sign(APP_ID, SERVICE_URL), "JWT rejected");
        TestTokenSigner sameKidOtherKey = TestTokenSigner.generate("unit-key-1");
        assertRejected("Bearer " + sameKidOtherKey.sign(APP_ID, SERVICE_URL), "JWT rejected");
    }

    @Test
    void aServiceUrlClaimThatDiffersFromTheActivitysIsRejected() {
        assertRejected("Bearer " + signer.sign(APP_ID, "https://attacker.example/"), "serviceurl");
        assertThatThrownBy(() -> verifier.verify("Bearer " + signer.sign(APP_ID, SERVICE_URL), null, TEAMS))
                .isInstanceOf(TokenRejectedException.class).hasMessageContaining("serviceurl");
        assertRejected("Bearer " + signer.sign(claims(TestTokenSigner.ISSUER, APP_ID, null,
                Instant.now().plusSeconds(300))), "JWT rejected");
    }

    @Test
    void unreachableMetadataIsReportedAsUnavailableNotAsABadToken() {
        BotFrameworkTokenVerifier nowhere = new BotFrameworkTokenVerifier(URI.create("http://127.0.0.1:9/openid"), APP_ID,
                HttpClient.newHttpClient(), Duration.ofHours(24), Clock.systemUTC());
        assertThatThrownBy(() -> nowhere.verify("Bearer " + signer.sign(APP_ID, SERVICE_URL), SERVICE_URL, TEAMS))
                .isInstanceOf(KeysUnavailableException.class);
    }

    private static void assertRejected(String header, String reason) {
        assertThatThrownBy(() -> verifier.verify(header, SERVICE_URL, TEAMS))
                .isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining(reason);
    }

    private static JWTClaimsSet claims(String issuer, String audience, String serviceUrl, Instant expiry) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .expirationTime(Date.from(expiry));
        if (serviceUrl != null) {
            b.claim("serviceurl", serviceUrl);
        }
        return b.build();
    }
}
