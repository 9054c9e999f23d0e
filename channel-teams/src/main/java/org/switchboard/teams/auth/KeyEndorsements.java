package org.switchboard.teams.auth;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The channels each Bot Framework signing key is endorsed for: the non-standard {@code endorsements} array of every
 * key in the JWK Set ({@code "endorsements": ["msteams", ...]}), by {@code kid}. The Bot Framework SDKs'
 * {@code ChannelValidation}/{@code EndorsementsValidator} accept a token only when the key that signed it endorses the
 * activity's {@code channelId}; without that check a token for another channel (Web Chat, Direct Line) would let its
 * holder claim any Teams identity in the body. Immutable.
 *
 * @param byKeyId the endorsed channel ids of each key id, lower case
 */
public record KeyEndorsements(Map<String, Set<String>> byKeyId) {

    /** Copies the map. */
    public KeyEndorsements {
        byKeyId = Map.copyOf(byKeyId);
    }

    /**
     * @param keyId     the {@code kid} of the key that signed the token, or null
     * @param channelId the activity's {@code channelId}
     * @return whether that key is known and endorses that channel
     */
    public boolean endorses(String keyId, String channelId) {
        return keyId != null && channelId != null
                && byKeyId.getOrDefault(keyId, Set.of()).contains(channelId.toLowerCase(java.util.Locale.ROOT));
    }

    /** @return whether the key id is in the set */
    boolean knows(String keyId) {
        return keyId != null && byKeyId.containsKey(keyId);
    }

    /**
     * @param http    the client
     * @param jwksUri the JWK Set document
     * @param timeout request timeout
     * @return the endorsements of its keys
     * @throws KeysUnavailableException when the document cannot be read or is not a JWK Set
     */
    static KeyEndorsements fetch(HttpClient http, URI jwksUri, Duration timeout) throws KeysUnavailableException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(jwksUri).timeout(timeout).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeysUnavailableException("JWK Set " + jwksUri + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeysUnavailableException("interrupted while reading the JWK Set " + jwksUri, e);
        }
        if (response.statusCode() != 200) {
            throw new KeysUnavailableException("JWK Set " + jwksUri + " answered HTTP " + response.statusCode(), null);
        }
        return parse(response.body());
    }

    /**
     * @param json a JWK Set document
     * @return the endorsements of its keys (a key without the array endorses nothing)
     * @throws KeysUnavailableException when the text is not a JSON object with a {@code keys} array
     */
    static KeyEndorsements parse(String json) throws KeysUnavailableException {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject doc = reader.readObject();
            Map<String, Set<String>> byKeyId = new HashMap<>();
            for (JsonValue value : doc.getJsonArray("keys")) {
                JsonObject key = value.asJsonObject();
                String kid = key.getString("kid", null);
                if (kid == null) {
                    continue;
                }
                Set<String> channels = new LinkedHashSet<>();
                if (key.get("endorsements") instanceof jakarta.json.JsonArray endorsements) {
                    for (JsonValue e : endorsements) {
                        if (e instanceof JsonString s) {
                            channels.add(s.getString().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
                byKeyId.put(kid, Set.copyOf(channels));
            }
            return new KeyEndorsements(byKeyId);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new KeysUnavailableException("JWK Set is not a valid document: " + e.getMessage(), e);
        }
    }
}
