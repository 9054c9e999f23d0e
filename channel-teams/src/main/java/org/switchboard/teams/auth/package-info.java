/**
 * Verification of the JWT that the Bot Framework sends with every activity (Bot Framework "Authentication" spec,
 * "Bot Connector service to bot"): RS256 signature by a key from the {@code jwks_uri} of the OpenID metadata,
 * issuer equal to the metadata's {@code issuer}, audience equal to {@code MICROSOFT_APP_ID}, not expired (60 s clock
 * skew), and the {@code serviceurl} claim equal to the activity's {@code serviceUrl}. Uses Nimbus JOSE+JWT; no
 * servlet or Bot Framework SDK types here.
 */
package org.switchboard.teams.auth;
