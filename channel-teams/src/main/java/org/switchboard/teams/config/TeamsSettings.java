package org.switchboard.teams.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Teams bot's configuration. Property names follow MicroProfile Config's environment-variable mapping:
 * {@code microsoft.app.id} is set with {@code MICROSOFT_APP_ID}, {@code teams.auth.disabled} with
 * {@code TEAMS_AUTH_DISABLED}, and so on.
 */
@ApplicationScoped
public class TeamsSettings {

    /** Microsoft's OpenID metadata for tokens the Bot Framework channels send to bots. */
    public static final String DEFAULT_OPENID_METADATA_URL =
            "https://login.botframework.com/v1/.well-known/openidconfiguration";
    /** Scope of the Bot Connector API for the client-credentials grant. */
    public static final String DEFAULT_TOKEN_SCOPE = "https://api.botframework.com/.default";

    @Inject
    @ConfigProperty(name = "microsoft.app.id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "microsoft.app.password")
    Optional<String> appPassword;

    @Inject
    @ConfigProperty(name = "microsoft.app.tenant.id")
    Optional<String> tenantId;

    @Inject
    @ConfigProperty(name = "microsoft.openid.metadata.url", defaultValue = DEFAULT_OPENID_METADATA_URL)
    String openIdMetadataUrl = DEFAULT_OPENID_METADATA_URL;

    @Inject
    @ConfigProperty(name = "microsoft.token.url")
    Optional<String> tokenUrl;

    @Inject
    @ConfigProperty(name = "microsoft.token.scope", defaultValue = DEFAULT_TOKEN_SCOPE)
    String tokenScope = DEFAULT_TOKEN_SCOPE;

    @Inject
    @ConfigProperty(name = "teams.auth.disabled", defaultValue = "false")
    boolean authDisabled;

    @Inject
    @ConfigProperty(name = "teams.approvers")
    Optional<String> approvers;

    @Inject
    @ConfigProperty(name = "teams.approver.tenants")
    Optional<String> approverTenants;

    @Inject
    @ConfigProperty(name = "teams.approver.conversation.id")
    Optional<String> approverConversationId;

    @Inject
    @ConfigProperty(name = "teams.approver.service.url")
    Optional<String> approverServiceUrl;

    @Inject
    @ConfigProperty(name = "teams.service.url.allowlist", defaultValue = ServiceUrlAllowList.DEFAULT)
    String serviceUrlAllowList = ServiceUrlAllowList.DEFAULT;

    @Inject
    @ConfigProperty(name = "teams.max.body.bytes", defaultValue = "1048576")
    int maxBodyBytes = 1_048_576;

    /** @return the bot's Microsoft App ID (the expected JWT audience), if configured (non-blank) */
    public Optional<String> appId() {
        return appId.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** @return the app's client secret for the client-credentials grant, if configured (non-blank) */
    public Optional<String> appPassword() {
        return appPassword.filter(s -> !s.isBlank());
    }

    /** @return the single tenant the app is registered in, if configured (non-blank) */
    public Optional<String> tenantId() {
        return tenantId.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** @return where the OpenID metadata (issuer, {@code jwks_uri}) of inbound tokens is read */
    public URI openIdMetadataUrl() {
        return URI.create(openIdMetadataUrl.strip());
    }

    /**
     * @return the OAuth 2.0 token endpoint for the bot's own tokens: {@code MICROSOFT_TOKEN_URL} when set, else
     *         Microsoft Entra's v2.0 endpoint of the app's tenant ({@code botframework.com} when no tenant is set)
     */
    public URI tokenUrl() {
        return tokenUrl.filter(s -> !s.isBlank()).map(s -> URI.create(s.strip())).orElseGet(() ->
                URI.create("https://login.microsoftonline.com/" + tenantId().orElse("botframework.com")
                        + "/oauth2/v2.0/token"));
    }

    /** @return the scope requested with the client-credentials grant */
    public String tokenScope() {
        return tokenScope;
    }

    /** @return true when inbound JWT verification is switched off (local development only) */
    public boolean authDisabled() {
        return authDisabled;
    }

    /**
     * @return the Microsoft Entra object ids ({@code from.aadObjectId}) allowed to decide approvals from an
     *         Adaptive Card, from the comma-separated {@code TEAMS_APPROVERS}; empty means nobody may
     */
    public Set<String> approvers() {
        return approvers.map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /**
     * @return the Microsoft Entra tenant ids an approver's card action must come from (issue 19): the comma-separated
     *         {@code TEAMS_APPROVER_TENANTS}, else the app's own tenant ({@code MICROSOFT_APP_TENANT_ID}); empty when
     *         neither is set, and then no card action decides anything (fail closed)
     */
    public Set<String> approverTenants() {
        Set<String> listed = approverTenants.map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
        return !listed.isEmpty() ? listed : tenantId().map(Set::of).orElse(Set.of());
    }

    /**
     * @return the Bot Framework conversation id the approvers' Adaptive Cards are posted to (e.g. a Teams channel's
     *         {@code 19:...@thread.tacv2}), from {@code TEAMS_APPROVER_CONVERSATION_ID}; empty when unset or blank
     */
    public Optional<String> approverConversationId() {
        return approverConversationId.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * @return the Bot Connector base URL of that conversation (the {@code serviceUrl} of activities from it, e.g.
     *         {@code https://smba.trafficmanager.net/emea/}), from {@code TEAMS_APPROVER_SERVICE_URL}; empty when
     *         unset or blank
     */
    public Optional<String> approverServiceUrl() {
        return approverServiceUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * @return the Bot Connector endpoints the bot may post to with its token, from
     *         {@code TEAMS_SERVICE_URL_ALLOWLIST} (default {@value ServiceUrlAllowList#DEFAULT})
     * @throws IllegalArgumentException if the value holds an entry that is neither a host nor an http(s) origin
     */
    public ServiceUrlAllowList serviceUrlAllowList() {
        return ServiceUrlAllowList.parse(serviceUrlAllowList);
    }

    /**
     * @return warnings to log at start-up about settings that weaken security (issue 19): OpenID metadata, the token
     *         endpoint, the approvers' {@code serviceUrl} or an allow-listed {@code serviceUrl} over plain http (anyone
     *         on the path could substitute signing keys or read the bot's token), and approvers without an approver
     *         tenant; empty when there is nothing to warn about
     */
    public java.util.List<String> insecureSettings() {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        if (isHttp(openIdMetadataUrl)) {
            warnings.add("MICROSOFT_OPENID_METADATA_URL is plain http: whoever is on the path can hand the bot signing"
                    + " keys and so post as anyone. Use https.");
        }
        tokenUrl.filter(TeamsSettings::isHttp).ifPresent(u -> warnings.add("MICROSOFT_TOKEN_URL is plain http: the"
                + " bot's client secret and token cross the network in clear. Use https."));
        approverServiceUrl.filter(TeamsSettings::isHttp).ifPresent(u -> warnings.add("TEAMS_APPROVER_SERVICE_URL is"
                + " plain http: the bot's token crosses the network in clear. Use https."));
        if (java.util.Arrays.stream(serviceUrlAllowList.split("[,\\s]+")).anyMatch(TeamsSettings::isHttp)) {
            warnings.add("TEAMS_SERVICE_URL_ALLOWLIST admits a plain http serviceUrl: the bot's token would cross the"
                    + " network in clear. Admit https endpoints only outside local tests.");
        }
        if (!approvers().isEmpty() && approverTenants().isEmpty()) {
            warnings.add("TEAMS_APPROVERS is set but neither TEAMS_APPROVER_TENANTS nor MICROSOFT_APP_TENANT_ID:"
                    + " no approval can be decided from Teams.");
        }
        return warnings;
    }

    private static boolean isHttp(String url) {
        return url != null && url.strip().regionMatches(true, 0, "http://", 0, 7);
    }

    /**
     * Why the Teams channel must not run with this configuration: inbound verification switched off
     * ({@code TEAMS_AUTH_DISABLED=true}) while the bot holds real credentials ({@code MICROSOFT_APP_PASSWORD}), so
     * that anyone could post as any Teams user and have the bot answer, with its token, wherever they like.
     *
     * @return the problem, or empty when the configuration is acceptable
     */
    public Optional<String> unsafeConfiguration() {
        if (authDisabled && appPassword().isPresent()) {
            return Optional.of("TEAMS_AUTH_DISABLED=true while MICROSOFT_APP_PASSWORD is set: inbound Bot Framework"
                    + " tokens would not be verified for a bot with real credentials. Unset TEAMS_AUTH_DISABLED (or,"
                    + " for local development only, unset MICROSOFT_APP_PASSWORD).");
        }
        return Optional.empty();
    }

    /** @return the largest request body accepted on {@code /api/messages}, in bytes (default 1 MiB) */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}
