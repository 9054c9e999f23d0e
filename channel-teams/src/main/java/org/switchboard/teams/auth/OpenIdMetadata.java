package org.switchboard.teams.auth;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The two fields of an OpenID Connect Discovery 1.0 metadata document that token verification needs.
 *
 * @param issuer  the {@code issuer} every token must carry as {@code iss}
 * @param jwksUri the {@code jwks_uri} where the signing keys (a JWK Set) are published
 */
public record OpenIdMetadata(String issuer, URI jwksUri) {

    /**
     * Reads a metadata document over HTTP(S).
     *
     * @param http    the client
     * @param url     the document's URL
     * @param timeout request timeout
     * @return the issuer and JWKS URI
     * @throws KeysUnavailableException when the document cannot be fetched (I/O, non-200) or lacks either field
     */
    public static OpenIdMetadata fetch(HttpClient http, URI url, Duration timeout) throws KeysUnavailableException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeysUnavailableException("OpenID metadata " + url + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeysUnavailableException("interrupted while reading OpenID metadata " + url, e);
        }
        if (response.statusCode() != 200) {
            throw new KeysUnavailableException("OpenID metadata " + url + " answered HTTP " + response.statusCode(), null);
        }
        return parse(response.body(), url);
    }

    /**
     * @param json   the document
     * @param source where it came from (resolves a relative {@code jwks_uri}; used in messages)
     * @return the issuer and JWKS URI
     * @throws KeysUnavailableException when the text is not a JSON object with string {@code issuer} and
     *                                  {@code jwks_uri}
     */
    static OpenIdMetadata parse(String json, URI source) throws KeysUnavailableException {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject doc = reader.readObject();
            String issuer = doc.getString("issuer", null);
            String jwks = doc.getString("jwks_uri", null);
            if (issuer == null || issuer.isBlank() || jwks == null || jwks.isBlank()) {
                throw new KeysUnavailableException("OpenID metadata " + source + " lacks issuer or jwks_uri", null);
            }
            return new OpenIdMetadata(issuer, source.resolve(jwks));
        } catch (JsonException | ClassCastException | IllegalArgumentException e) {
            throw new KeysUnavailableException("OpenID metadata " + source + " is not a valid document: " + e.getMessage(), e);
        }
    }
}
