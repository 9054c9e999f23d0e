package org.switchboard.teams.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Bot Connector endpoints the bot may post to, and so send its bearer token to. An activity names its own
 * {@code serviceUrl}; without this check anyone who can get an activity stored (or, with verification switched off,
 * anyone at all) could make the bot send its Microsoft token to a server of their choice.
 *
 * <p>Entries are comma- or space-separated:
 * <ul>
 *   <li>a host name ({@code smba.trafficmanager.net}) or a wildcard ({@code *.botframework.com}, which matches every
 *       subdomain but not the bare domain): {@code https} only, any port;</li>
 *   <li>an origin {@code scheme://host[:port]} ({@code http://127.0.0.1:9940}, {@code https://bots.example.net}): that
 *       scheme and host, and that port when one is given. Only this form admits {@code http}, for test stand-ins.</li>
 * </ul>
 * {@link #DEFAULT} lists the Bot Framework and Teams hosts (public cloud and the US government clouds). Hosts are
 * compared case-insensitively; URLs with user info are never admitted. Immutable and thread-safe.
 */
public final class ServiceUrlAllowList {

    /** The default entries: Bot Framework and Microsoft Teams service hosts. */
    public static final String DEFAULT = "smba.trafficmanager.net, *.botframework.com, *.teams.microsoft.com,"
            + " *.teams.microsoft.us";

    private final List<Entry> entries;

    private ServiceUrlAllowList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param spec the entries (see the type's description)
     * @return the allow-list
     * @throws IllegalArgumentException if an entry is neither a host pattern nor an http(s) origin
     */
    public static ServiceUrlAllowList parse(String spec) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : spec.split("[,\\s]+")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.contains("://")) {
                URI origin;
                try {
                    origin = URI.create(entry);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("not a URL in the serviceUrl allow-list: " + raw, e);
                }
                if (!("https".equals(origin.getScheme()) || "http".equals(origin.getScheme()))
                        || origin.getHost() == null || origin.getUserInfo() != null
                        || !(origin.getRawPath() == null || origin.getRawPath().isEmpty() || "/".equals(origin.getRawPath()))) {
                    throw new IllegalArgumentException("not an http(s) origin in the serviceUrl allow-list: " + raw);
                }
                entries.add(new Entry(origin.getScheme(), origin.getHost(), origin.getPort()));
            } else {
                if (!entry.matches("(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
                    throw new IllegalArgumentException("not a host name in the serviceUrl allow-list: " + raw);
                }
                entries.add(new Entry("https", entry, -1));
            }
        }
        return new ServiceUrlAllowList(entries);
    }

    /**
     * @param url an absolute URL (a {@code serviceUrl} or a URL built on one)
     * @return whether the bot may post to it
     */
    public boolean permits(URI url) {
        if (url == null || url.getScheme() == null || url.getHost() == null || url.getUserInfo() != null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        for (Entry e : entries) {
            if (e.scheme.equals(scheme) && e.matchesHost(host) && (e.port < 0 || e.port == port)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return entries.stream().map(Entry::toString).reduce((a, b) -> a + ", " + b).orElse("(empty)");
    }

    private record Entry(String scheme, String host, int port) {
        boolean matchesHost(String candidate) {
            return host.startsWith("*.") ? candidate.endsWith(host.substring(1)) : host.equals(candidate);
        }

        @Override
        public String toString() {
            return scheme + "://" + host + (port < 0 ? "" : ":" + port);
        }
    }
}
