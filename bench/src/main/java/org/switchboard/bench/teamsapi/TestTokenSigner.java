package org.switchboard.bench.teamsapi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * Signs JWTs shaped like the ones the Bot Framework sends to bots (RS256; {@code iss}, {@code aud}, {@code exp},
 * {@code nbf}, {@code serviceurl}) with an RSA-2048 key generated in memory. Never use it outside tests and local
 * development: the key is not secret to anyone who can run the code.
 */
public final class TestTokenSigner {

    /** The issuer the stand-in's metadata publishes, the same as Microsoft's for channel tokens. */
    public static final String ISSUER = "https://api.botframework.com";

    private final RSAKey key;

    private TestTokenSigner(RSAKey key) {
        this.key = key;
    }

    /**
     * @param keyId the {@code kid} of the new key
     * @return a signer with a fresh RSA-2048 key
     * @throws IllegalStateException if the platform cannot generate RSA keys
     */
    public static TestTokenSigner generate(String keyId) {
        try {
            return new TestTokenSigner(new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** @return the public key as a JWK Set document ({@code {"keys":[...]}}), with the Bot Framework's endorsements */
    public String publicJwks() {
        var json = new JWKSet(key.toPublicJWK()).toJSONObject(true);
        @SuppressWarnings("unchecked")
        var keys = (java.util.List<java.util.Map<String, Object>>) json.get("keys");
        keys.forEach(k -> k.put("endorsements", java.util.List.of("msteams")));
        return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(json);
    }

    /**
     * A token as the Bot Framework would send it for one activity.
     *
     * @param appId      the bot's app id ({@code aud})
     * @param serviceUrl the activity's serviceUrl ({@code serviceurl} claim)
     * @return the compact JWT, valid for 5 minutes from now
     */
    public String sign(String appId, String serviceUrl) {
        Instant now = Instant.now();
        return sign(new JWTClaimsSet.Builder().issuer(ISSUER).audience(appId).claim("serviceurl", serviceUrl)
                .notBeforeTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .build());
    }

    /**
     * @param claims any claims (tests build wrong ones on purpose)
     * @return the compact JWT signed with this key (header {@code alg RS256}, {@code typ JWT}, {@code kid})
     */
    public String sign(JWTClaimsSet claims) {
        Objects.requireNonNull(claims, "claims");
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a JWT", e);
        }
    }
}
