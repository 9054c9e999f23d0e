package org.switchboard.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles failed admin sign-ins (issue 19): a token bucket (Bucket4j) per client address and one per account name,
 * each holding {@code max-failures} tokens refilled all at once every {@code window}; a failed sign-in takes one token
 * from both. While either bucket is empty every attempt of that client or for that account is refused before the
 * password is checked, right or wrong, so guessing stops. Buckets live in bounded maps that forget a key after a window
 * without use (Caffeine). State is per server process: behind a load balancer each server counts on its own.
 *
 * <p>Configuration ({@value #CLIENT_KEY}, {@value #ACCOUNT_KEY}, {@value #WINDOW_KEY}): by default 10 failures per
 * client and 20 per account in 15 minutes. The per-account limit is higher, since anyone can spend it and so lock the
 * account out for a window; the per-client one stops a single client guessing across accounts.
 */
@ApplicationScoped
public class AdminSignInThrottle {

    /** Failed sign-ins per client address and window. */
    public static final String CLIENT_KEY = "switchboard.admin.signin.max-failures-per-client";
    /** Failed sign-ins per account name and window. */
    public static final String ACCOUNT_KEY = "switchboard.admin.signin.max-failures-per-account";
    /** The window, an ISO-8601 duration. */
    public static final String WINDOW_KEY = "switchboard.admin.signin.window";

    private static final long MAX_KEYS = 100_000;

    private Duration window;
    private long perClient;
    private long perAccount;
    private Cache<String, Bucket> clients;
    private Cache<String, Bucket> accounts;
    private Cache<String, Boolean> recentSignIns;

    /** For CDI's client proxy. */
    protected AdminSignInThrottle() {
    }

    /**
     * @param perClient  failed sign-ins a client address may make per window, at least 1
     * @param perAccount failed sign-ins an account name may get per window, at least 1
     * @param window     the window, positive
     * @throws IllegalArgumentException on a limit below 1 or a window that is not positive
     */
    @Inject
    public AdminSignInThrottle(@ConfigProperty(name = CLIENT_KEY, defaultValue = "10") long perClient,
                               @ConfigProperty(name = ACCOUNT_KEY, defaultValue = "20") long perAccount,
                               @ConfigProperty(name = WINDOW_KEY, defaultValue = "PT15M") Duration window) {
        if (perClient < 1 || perAccount < 1) {
            throw new IllegalArgumentException(CLIENT_KEY + " and " + ACCOUNT_KEY + " must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(WINDOW_KEY + " must be a positive duration, not " + window);
        }
        this.window = window;
        this.perClient = perClient;
        this.perAccount = perAccount;
        this.clients = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
        this.recentSignIns = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(window).build();
    }

    /** @return the window, for {@code Retry-After} */
    public Duration window() {
        return window;
    }

    /**
     * @param client  the client's address
     * @param account the account name tried (case-insensitive)
     * @return whether sign-ins of that client or for that account are refused for now
     */
    public boolean blocked(String client, String account) {
        return empty(clients, client) || empty(accounts, accountKey(account));
    }

    /**
     * Counts one failed sign-in against the client and the account.
     *
     * @param client  the client's address
     * @param account the account name tried
     * @return true when this failure used the last attempt of the client or the account (now blocked)
     */
    public boolean failed(String client, String account) {
        Bucket byClient = clients.get(Objects.requireNonNull(client, "client"), c -> bucket(perClient));
        Bucket byAccount = accounts.get(accountKey(account), a -> bucket(perAccount));
        byClient.tryConsume(1);
        byAccount.tryConsume(1);
        return byClient.getAvailableTokens() <= 0 || byAccount.getAvailableTokens() <= 0;
    }

    /**
     * @param client  the client's address
     * @param account the account signed in
     * @return true for the first successful sign-in of that account from that client within a window (worth an
     *         audit entry; with HTTP Basic every request signs in again)
     */
    public boolean firstSignInOfWindow(String client, String account) {
        return recentSignIns.asMap().putIfAbsent(accountKey(account) + " " + client, Boolean.TRUE) == null;
    }

    private boolean empty(Cache<String, Bucket> buckets, String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket bucket(long tokens) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(tokens).refillIntervally(tokens, window).build())
                .build();
    }

    private static String accountKey(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
