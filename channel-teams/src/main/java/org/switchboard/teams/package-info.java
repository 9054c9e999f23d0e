/**
 * Microsoft Teams through the Bot Framework: activities in at {@code POST /api/messages}, replies out through the
 * core outbox to the Bot Connector.
 *
 * <p><b>How much of the Bot Framework SDK is used, and why.</b> Bot Builder for Java 4.14.3 (the last release;
 * Microsoft retired the Java SDK, its successor is the Microsoft 365 Agents SDK) is used for its Activity model only:
 * {@code com.microsoft.bot:bot-schema} ({@code Activity}, {@code ChannelAccount}, mention removal, JSON mapping).
 * {@code bot-builder}, {@code bot-connector} and {@code bot-integration-core} are not used:
 * <ul>
 *   <li>{@code bot-integration-core}/{@code BotFrameworkAdapter} is built for a Spring Boot host and runs every turn
 *       as a chain of {@code CompletableFuture}s on the common fork-join pool, outside Liberty's managed threads
 *       (no CDI request context, no JTA transaction for the inbox write);</li>
 *   <li>{@code bot-connector}'s JWT check keeps its OpenID metadata URL and key cache in static fields
 *       ({@code ChannelValidation}, {@code OpenIdMetadata}), so one process cannot be pointed at a test key
 *       source per configuration, and it brings OkHttp 3.12, Retrofit 2.5, Guava 30, MSAL4J 1.11, auth0
 *       java-jwt 3.13 and jwks-rsa 0.15 (several with published CVEs, e.g. Guava CVE-2023-2976, OkHttp
 *       CVE-2021-0341);</li>
 *   <li>its Bot Connector client has no hook for MicroProfile Fault Tolerance or for the HTTP {@code Retry-After}
 *       the outbox honours.</li>
 * </ul>
 * The same checks are done here with maintained libraries behind our own types: the JWT with Nimbus JOSE+JWT
 * ({@link org.switchboard.teams.auth}), the Bot Connector and token calls with the JDK HTTP client
 * ({@link org.switchboard.teams.delivery}). The SDK's pinned Jackson 2.12.1 and commons-lang3 3.9 are overridden
 * in the parent POM's dependency management.
 *
 * <p><b>Replacement path.</b> When a Java Microsoft 365 Agents SDK (or a maintained Bot Framework schema library)
 * is available for Jakarta EE, it replaces {@code bot-schema} inside {@link org.switchboard.teams.activity} and
 * {@link org.switchboard.teams.delivery} only: bot-core never sees any SDK type, and the rest of this module works
 * on core types ({@code InboundMessage}, {@code ConversationRef}, {@code OutboundReply}).
 */
package org.switchboard.teams;
