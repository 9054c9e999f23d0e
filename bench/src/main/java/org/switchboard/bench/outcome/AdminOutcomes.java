package org.switchboard.bench.outcome;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads what the bot did with messages from its admin API, {@code GET /api/admin/inbox} (HTTP Basic with the
 * admin's credentials, the bot's {@code ADMIN_USER} and {@code ADMIN_PASSWORD}).
 */
public final class AdminOutcomes {

    private static final int PAGE_SIZE = 200;

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    /**
     * @param http     the HTTP client
     * @param base     the bot's base URL, e.g. {@code http://localhost:9080}
     * @param user     the admin user
     * @param password the admin password; never printed
     */
    public AdminOutcomes(HttpClient http, URI base, String user, String password) {
        this.http = Objects.requireNonNull(http, "http");
        this.base = Objects.requireNonNull(base, "base");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (Objects.requireNonNull(user, "user") + ":" + Objects.requireNonNull(password, "password"))
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param channel SLACK, TEAMS or EMAIL
     * @param since   only messages the bot received at or after this instant
     * @return each message's outcome by its channel message id, in the order the bot received them
     * @throws IOException          when the bot cannot be reached, refuses the credentials (the message says so) or
     *                              answers with something that is not the expected JSON
     * @throws InterruptedException if interrupted
     */
    public Map<String, BotOutcome> since(String channel, Instant since) throws IOException, InterruptedException {
        Map<String, BotOutcome> outcomes = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            URI uri = base.resolve("/api/admin/inbox?channel=" + channel + "&size=" + PAGE_SIZE + "&page=" + page
                    + "&since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new IOException("the admin API refused the credentials (HTTP " + response.statusCode()
                        + "): pass the bot's ADMIN_USER and ADMIN_PASSWORD");
            }
            if (response.statusCode() != 200) {
                throw new IOException("GET " + uri.getPath() + " answered HTTP " + response.statusCode());
            }
            try {
                JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
                var items = body.getAsJsonArray("items");
                for (JsonElement item : items) {
                    BotOutcome o = outcome(item.getAsJsonObject());
                    outcomes.put(o.externalId(), o);
                }
                if (items.isEmpty() || (long) (page + 1) * PAGE_SIZE >= body.get("total").getAsLong()) {
                    return outcomes;
                }
            } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException e) {
                throw new IOException("the admin API's answer is not the expected JSON: " + e.getMessage(), e);
            }
        }
    }

    private static BotOutcome outcome(JsonObject o) {
        return new BotOutcome(o.get("externalId").getAsString(), o.get("outcome").getAsString(), string(o, "reason"),
                string(o, "ticketNumber"), string(o, "replyStatus"),
                string(o, "replyDue") == null ? null : Instant.parse(string(o, "replyDue")));
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
