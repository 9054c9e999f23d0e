package org.switchboard.bench.outcome;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One replay's view of the bot's outcomes: the messages it received in one channel since the replay started, read
 * from the admin API when the admin password is known ({@code --admin-password=} or {@code ADMIN_PASSWORD}; user
 * {@code --admin-user=} or {@code ADMIN_USER}, default {@code admin}), and the closing summary lines. Without the
 * password, or when the API cannot be read, the replay still reports the replies it saw and says why it cannot
 * explain the others.
 */
public final class ReplayOutcomes {

    private final AdminOutcomes admin;
    private final String channel;
    private final Instant startedAt;
    private final Clock clock;
    private String unavailable;

    /**
     * @param admin     the admin API client, or null when no admin password was given
     * @param channel   SLACK, TEAMS or EMAIL
     * @param startedAt when the replay started (a little before its first message)
     * @param clock     the time source
     */
    public ReplayOutcomes(AdminOutcomes admin, String channel, Instant startedAt, Clock clock) {
        this.admin = admin;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.unavailable = admin == null ? "no admin password given (--admin-password= or ADMIN_PASSWORD)" : null;
    }

    /**
     * @param botUrl  the bot's base URL
     * @param user    the admin user from the options, or null for {@code ADMIN_USER} (default {@code admin})
     * @param password the admin password from the options, or null for {@code ADMIN_PASSWORD}
     * @param env     the environment
     * @param channel SLACK, TEAMS or EMAIL
     * @return outcomes for a replay starting now (a second early, for clock rounding)
     */
    public static ReplayOutcomes start(URI botUrl, String user, String password, Map<String, String> env,
                                       String channel) {
        String u = user != null ? user : env.getOrDefault("ADMIN_USER", "admin");
        String p = password != null ? password : env.get("ADMIN_PASSWORD");
        AdminOutcomes admin = p == null || p.isBlank() ? null
                : new AdminOutcomes(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), botUrl, u, p);
        return new ReplayOutcomes(admin, channel, Instant.now().minusSeconds(1), Clock.systemUTC());
    }

    /**
     * @return the outcomes of the messages the bot received since the replay started, by channel message id;
     *         empty when they cannot be read (then {@link #unavailableBecause()} says why)
     * @throws InterruptedException if interrupted
     */
    public Optional<Map<String, BotOutcome>> read() throws InterruptedException {
        if (admin == null) {
            return Optional.empty();
        }
        try {
            Map<String, BotOutcome> outcomes = admin.since(channel, startedAt);
            unavailable = null;
            return Optional.of(outcomes);
        } catch (IOException e) {
            unavailable = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.empty();
        }
    }

    /** @return why the outcomes could not be read, or null when they could */
    public String unavailableBecause() {
        return unavailable;
    }

    /**
     * Prints one line per outcome ({@link OutcomeSummary}) for the given outcomes, or why there are none.
     *
     * @param outcomes      the outcomes read, if any
     * @param deferralLabel how to name replies queued for later
     * @param out           where to print
     */
    public void printSummary(Optional<Map<String, BotOutcome>> outcomes, String deferralLabel, PrintStream out) {
        if (outcomes.isEmpty()) {
            out.println("what the bot did with each message is not known: " + unavailable);
            return;
        }
        OutcomeSummary summary = new OutcomeSummary(deferralLabel);
        Instant now = clock.instant();
        outcomes.get().values().forEach(o -> summary.add(o, now));
        out.println("the bot's outcomes for the " + outcomes.get().size() + " " + channel.toLowerCase(java.util.Locale.ROOT)
                + " message(s) it received since the replay started:");
        summary.lines().forEach(line -> out.println("  " + line));
    }
}
