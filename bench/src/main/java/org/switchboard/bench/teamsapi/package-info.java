/**
 * Local stand-ins for the Microsoft services a Teams bot talks to, for tests and for replaying Teams activities:
 * {@link org.switchboard.bench.teamsapi.TestTokenSigner} signs Bot Framework-shaped JWTs with a local RSA key, and
 * {@link org.switchboard.bench.teamsapi.BotFrameworkStandIn} serves that key's OpenID metadata and JWKS, a
 * client-credentials token endpoint and a Bot Connector that captures every activity the bot posts.
 */
package org.switchboard.bench.teamsapi;
