package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.server.it.ItEnvironment.admin;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.postForm;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.switchboard.bench.slackapi.CapturedMessage;

/** Steps the CSAT tests share: closing a conversation as an admin, and rating on the Slack question's buttons. */
final class CsatSteps {

    private CsatSteps() {
    }

    /** Closes a conversation through the admin API and checks it was closed (200). */
    static void close(long conversation) {
        assertThat(admin("POST", "/api/admin/conversations/" + conversation + "/status", "{\"action\":\"close\"}")
                .statusCode()).isEqualTo(200);
    }

    /** @return the token of the conversation's CSAT request (exactly one) */
    static String token(long conversation) {
        List<String> tokens = column("SELECT token FROM csat_requests WHERE conversation_id = ?", conversation);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    /** @return the buttons of a Slack message's {@code actions} block */
    static JsonArray buttons(CapturedMessage message) {
        JsonArray blocks = Json.createReader(new StringReader(message.params().get("blocks"))).readArray();
        return blocks.getValuesAs(JsonObject.class).stream().filter(b -> "actions".equals(b.getString("type")))
                .findFirst().orElseThrow().getJsonArray("elements");
    }

    /**
     * Clicks a rating button of a Slack CSAT question: a {@code block_actions} request signed as Slack signs them.
     *
     * @return the answer of {@code /slack/interactivity}
     */
    static HttpResponse<String> clickInSlack(String user, String channel, CapturedMessage question, int score,
                                             String token) {
        String body = BlockActionPayloads.click(user, channel, question.ts(), "csat_rate_" + score, token);
        return postForm("/slack/interactivity", body, ItEnvironment.SIGNER.headers(body));
    }
}
