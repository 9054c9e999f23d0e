package org.switchboard.bench.slackapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the body of a Slack Web API call into a flat parameter map, the way Slack reads it: either an
 * {@code application/x-www-form-urlencoded} body (what the Java Slack SDK's {@code MethodsClient} sends for
 * {@code chat.postMessage}) or an {@code application/json} body (what the SDK and other clients send for
 * JSON-capable methods). Package-private helper of {@link SlackWebApiStandIn}.
 */
final class WebApiRequestBody {

    /** A body Slack would refuse; {@link #getMessage()} is the Slack error code to answer with. */
    static final class MalformedBodyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedBodyException(String slackErrorCode, Throwable cause) {
            super(slackErrorCode, cause);
        }
    }

    private WebApiRequestBody() {
    }

    /**
     * Parses a request body.
     *
     * @param contentType the {@code Content-Type} header, may be null or carry a {@code charset} parameter;
     *                    anything that is not {@code application/json} is read as a form body
     * @param body        the raw body bytes, UTF-8
     * @return the parameters in body order; JSON strings, numbers and booleans as their text, JSON objects and
     *         arrays as compact JSON, JSON nulls left out
     * @throws MalformedBodyException with {@code invalid_json} or {@code invalid_form_data} when the body cannot
     *                                be read
     */
    static Map<String, String> parse(String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
        return type.startsWith("application/json") ? parseJson(text) : parseForm(text);
    }

    /**
     * Parses {@code a=1&b=x%20y} with {@link URLDecoder} (UTF-8; {@code +} is a space). A field without
     * {@code =} has the empty value; on repeated fields the last one wins.
     */
    static Map<String, String> parseForm(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isBlank()) {
            return params;
        }
        try {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            throw new MalformedBodyException("invalid_form_data", e);
        }
        return params;
    }

    /** Parses a JSON object body with Gson; anything but an object is {@code invalid_json}. */
    static Map<String, String> parseJson(String body) {
        JsonObject object;
        try {
            JsonElement root = JsonParser.parseString(body);
            if (!root.isJsonObject()) {
                throw new MalformedBodyException("invalid_json", null);
            }
            object = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new MalformedBodyException("invalid_json", e);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            JsonElement value = member.getValue();
            if (value.isJsonNull()) {
                continue;
            }
            params.put(member.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
        }
        return params;
    }

    /**
     * Extracts the token of an {@code Authorization: Bearer <token>} header.
     *
     * @param authorization the header value, may be null
     * @return the token, or null when the header is missing, not a bearer header or empty
     */
    static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        if (value.length() <= 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
