package org.switchboard.teams.auth;

/**
 * What a verified token says about the request.
 *
 * @param audience   the bot's app id the token was issued for
 * @param serviceUrl the {@code serviceurl} claim, equal to the activity's {@code serviceUrl}; null only when
 *                   verification is disabled for local development
 * @param verified   false when verification is disabled (local development)
 */
public record VerifiedCaller(String audience, String serviceUrl, boolean verified) {

    /** @return the caller recorded when verification is switched off */
    public static VerifiedCaller unverified() {
        return new VerifiedCaller(null, null, false);
    }
}
