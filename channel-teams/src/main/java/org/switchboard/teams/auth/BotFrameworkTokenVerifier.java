package org.switchboard.teams.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies the {@code Authorization: Bearer <JWT>} of a Bot Framework request.
 *
 * <p>Checks, in the order of the Bot Framework authentication spec ("Connector to Bot"): the header is present and
 * uses the Bearer scheme; the JWT is RS256-signed by a key from the JWK Set at the metadata's {@code jwks_uri} (an
 * unknown {@code kid} refreshes the key set, at most every 30 s); {@code iss} equals the metadata's {@code issuer};
 * {@code aud} contains the app id; {@code exp} is in the future and {@code nbf}, when present, in the past (60 s clock
 * skew); the {@code serviceurl} claim equals the activity's {@code serviceUrl} exactly; the activity's
 * {@code channelId} is {@value #TEAMS_CHANNEL} and the signing key's {@code endorsements} in the JWK Set include it
 * (the Bot Framework's {@code ChannelValidation}: a token issued for another channel must not carry a Teams identity).
 *
 * <p>The metadata document is read on first use and again after {@code metadataTtl} or after a failure. Thread-safe.
 */
public class BotFrameworkTokenVerifier {

    /** Claim naming the Bot Connector the activity came from (Bot Framework authentication spec). */
    public static final String SERVICE_URL_CLAIM = "serviceurl";
    /** The only {@code channelId} this bot accepts. */
    public static final String TEAMS_CHANNEL = "msteams";

    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);
    private static final int KEY_SET_SIZE_LIMIT = 256 * 1024;

    private final URI metadataUrl;
    private final String appId;
    private final HttpClient http;
    private final Duration metadataTtl;
    private final Clock clock;

    private volatile Keys keys;

    /**
     * @param metadataUrl  the OpenID metadata document ({@code MICROSOFT_OPENID_METADATA_URL})
     * @param appId        the bot's app id, the required audience
     * @param http         client for the metadata document
     * @param metadataTtl  how long a fetched metadata document is used
     * @param clock        decides when the metadata is stale (token times are checked against the system clock)
     */
    public BotFrameworkTokenVerifier(URI metadataUrl, String appId, HttpClient http, Duration metadataTtl, Clock clock) {
        this.metadataUrl = Objects.requireNonNull(metadataUrl, "metadataUrl");
        this.appId = Objects.requireNonNull(appId, "appId");
        this.http = Objects.requireNonNull(http, "http");
        this.metadataTtl = Objects.requireNonNull(metadataTtl, "metadataTtl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param authorization the request's {@code Authorization} header value, or null
     * @param serviceUrl    the activity's {@code serviceUrl}, or null when the body had none
     * @param channelId     the activity's {@code channelId}, or null when the body had none
     * @return the verified caller
     * @throws TokenRejectedException   when the header is missing or any check fails (answer 401)
     * @throws KeysUnavailableException when the metadata or keys cannot be read (answer 503)
     */
    public VerifiedCaller verify(String authorization, String serviceUrl, String channelId)
            throws TokenRejectedException, KeysUnavailableException {
        String token = bearerToken(authorization);
        Keys current = keys();
        JWTClaimsSet claims;
        try {
            claims = current.processor.process(token, null);
        } catch (ParseException e) {
            throw new TokenRejectedException("bearer token is not a JWT", e);
        } catch (BadJOSEException e) {
            throw new TokenRejectedException("JWT rejected: " + e.getMessage(), e);
        } catch (KeySourceException e) {
            keys = null;
            throw new KeysUnavailableException("signing keys at " + current.metadata.jwksUri() + " unavailable: "
                    + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new TokenRejectedException("JWT signature check failed: " + e.getMessage(), e);
        }
        Object claim = claims.getClaim(SERVICE_URL_CLAIM);
        if (!(claim instanceof String claimed) || serviceUrl == null || !claimed.equals(serviceUrl)) {
            throw new TokenRejectedException("serviceurl claim does not match the activity's serviceUrl", null);
        }
        if (!TEAMS_CHANNEL.equals(channelId)) {
            throw new TokenRejectedException("channelId is not " + TEAMS_CHANNEL, null);
        }
        String keyId = keyId(token);
        KeyEndorsements endorsements = current.endorsements;
        if (!endorsements.knows(keyId)) {
            endorsements = KeyEndorsements.fetch(http, current.metadata.jwksUri(), HTTP_TIMEOUT);
            current.endorsements = endorsements;
        }
        if (!endorsements.endorses(keyId, channelId)) {
            throw new TokenRejectedException("the signing key is not endorsed for channel " + TEAMS_CHANNEL, null);
        }
        return new VerifiedCaller(appId, serviceUrl, true);
    }

    private static String keyId(String token) throws TokenRejectedException {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new TokenRejectedException("bearer token is not a JWT", e);
        }
    }

    private static String bearerToken(String authorization) throws TokenRejectedException {
        if (authorization == null || authorization.isBlank()) {
            throw new TokenRejectedException("no Authorization header", null);
        }
        String value = authorization.strip();
        if (value.length() < 8 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new TokenRejectedException("Authorization header is not a Bearer token", null);
        }
        return value.substring(7).strip();
    }

    private Keys keys() throws KeysUnavailableException {
        Keys current = keys;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.fetchedAt.plus(metadataTtl))) {
            return current;
        }
        synchronized (this) {
            current = keys;
            if (current != null && now.isBefore(current.fetchedAt.plus(metadataTtl))) {
                return current;
            }
            OpenIdMetadata metadata = OpenIdMetadata.fetch(http, metadataUrl, HTTP_TIMEOUT);
            current = new Keys(metadata, processor(metadata), now);
            current.endorsements = KeyEndorsements.fetch(http, metadata.jwksUri(), HTTP_TIMEOUT);
            keys = current;
            return current;
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor(OpenIdMetadata metadata) throws KeysUnavailableException {
        JWKSource<SecurityContext> source;
        try {
            int timeoutMs = (int) HTTP_TIMEOUT.toMillis();
            source = JWKSourceBuilder.<SecurityContext>create(metadata.jwksUri().toURL(),
                            new DefaultResourceRetriever(timeoutMs, timeoutMs, KEY_SET_SIZE_LIMIT))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new KeysUnavailableException("jwks_uri " + metadata.jwksUri() + " is not a URL", e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(appId,
                new JWTClaimsSet.Builder().issuer(metadata.issuer()).build(),
                Set.of("iss", "aud", "exp", SERVICE_URL_CLAIM)));
        return processor;
    }

    /** The key material of one metadata fetch; the endorsements are re-read when an unknown key id turns up. */
    private static final class Keys {
        final OpenIdMetadata metadata;
        final DefaultJWTProcessor<SecurityContext> processor;
        final Instant fetchedAt;
        volatile KeyEndorsements endorsements = new KeyEndorsements(java.util.Map.of());

        Keys(OpenIdMetadata metadata, DefaultJWTProcessor<SecurityContext> processor, Instant fetchedAt) {
            this.metadata = metadata;
            this.processor = processor;
            this.fetchedAt = fetchedAt;
        }
    }
}
