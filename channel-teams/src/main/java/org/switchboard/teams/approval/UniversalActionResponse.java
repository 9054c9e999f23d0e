package org.switchboard.teams.approval;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * Bodies of the response to an {@code adaptiveCard/action} invoke (Microsoft Teams "Universal Actions for Adaptive
 * Cards: response format"): {@code {"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":card}}
 * or {@code {"statusCode":400|500,"type":"application/vnd.microsoft.error","value":{"code":..,"message":..}}}.
 */
public final class UniversalActionResponse {

    /** Content type of a refreshed card. */
    public static final String CARD = "application/vnd.microsoft.card.adaptive";
    /** Content type of an error. */
    public static final String ERROR = "application/vnd.microsoft.error";

    private UniversalActionResponse() {
    }

    /**
     * @param title a bold first line
     * @param lines further lines (plain text, each wrapped)
     * @return status 200 with an Adaptive Card 1.4 that replaces the clicked card (no more buttons)
     */
    public static JsonObject card(String title, String... lines) {
        JsonArrayBuilder body = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("type", "TextBlock").add("text", title).add("weight", "Bolder")
                        .add("wrap", true));
        for (String line : lines) {
            body.add(JSON.createObjectBuilder().add("type", "TextBlock").add("text", line).add("wrap", true));
        }
        JsonObject card = JSON.createObjectBuilder()
                .add("type", "AdaptiveCard")
                .add("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .add("version", "1.4")
                .add("body", body)
                .build();
        return JSON.createObjectBuilder().add("statusCode", 200).add("type", CARD).add("value", card).build();
    }

    /**
     * @param card an Adaptive Card
     * @return status 200 with that card, replacing the shown one
     */
    public static JsonObject card(JsonObject card) {
        return JSON.createObjectBuilder().add("statusCode", 200).add("type", CARD).add("value", card).build();
    }

    /**
     * @param statusCode 400 (bad request, refused) or 500 (our failure)
     * @param code       a short machine-readable code
     * @param message    what the user sees
     * @return the error response
     */
    public static JsonObject error(int statusCode, String code, String message) {
        return JSON.createObjectBuilder()
                .add("statusCode", statusCode)
                .add("type", ERROR)
                .add("value", JSON.createObjectBuilder().add("code", code).add("message", message))
                .build();
    }
}
