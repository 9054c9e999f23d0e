package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.intent.MiniLmTextEmbedder;
import org.switchboard.core.intent.TextEmbedder;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

class KnowledgeBasePluginTest {

    private static final ToolContext CONTEXT = new ToolContext(new CustomerId(7), new ConversationId(11), Channel.SLACK);

    private final KnowledgeBasePlugin plugin = new KnowledgeBasePlugin(Fixtures.bundledIndex());

    @TempDir
    Path dir;

    @Test
    void describesItselfAndItsOneReadTool() {
        assertThat(plugin.descriptor().id()).isEqualTo("knowledge-base");
        assertThat(plugin.descriptor().version()).isEqualTo("1.0.0");
        assertThat(plugin.tools()).hasSize(1);

        ToolDefinition tool = plugin.tools().get(0);
        assertThat(tool.name()).isEqualTo("search_knowledge_base");
        assertThat(tool.risk()).isEqualTo(ToolRisk.READ);
        assertThat(tool.description()).isNotBlank();
        JsonObject schema = tool.parameters();
        assertThat(schema.getString("type")).isEqualTo("object");
        assertThat(schema.getJsonArray("required")).containsExactly(Json.createValue("query"));
        JsonObject properties = schema.getJsonObject("properties");
        assertThat(properties.keySet()).containsExactly("query", "limit");
        assertThat(properties.getJsonObject("query").getString("type")).isEqualTo("string");
        assertThat(properties.getJsonObject("query").getString("description")).isNotBlank();
        assertThat(properties.getJsonObject("limit").getString("type")).isEqualTo("integer");
        assertThat(properties.getJsonObject("limit").getInt("minimum")).isEqualTo(1);
        assertThat(properties.getJsonObject("limit").getInt("maximum")).isEqualTo(10);
    }

    @Test
    void rejectsMissingBlankOrMistypedArguments() {
        assertError(Json.createObjectBuilder(), "Missing required argument 'query'");
        assertError(Json.createObjectBuilder().addNull("query"), "Missing required argument 'query'");
        assertError(Json.createObjectBuilder().add("query", "   "), "'query' must not be blank");
        assertError(Json.createObjectBuilder().add("query", 42), "'query' must be a string");
        assertError(Json.createObjectBuilder().add("query", "fees").add("limit", 0), "'limit' must be an integer from 1 to 10");
        assertError(Json.createObjectBuilder().add("query", "fees").add("limit", 11), "'limit' must be an integer from 1 to 10");
        assertError(Json.createObjectBuilder().add("query", "fees").add("limit", 2.5), "'limit' must be an integer from 1 to 10");
        assertError(Json.createObjectBuilder().add("query", "fees").add("limit", "lots"), "'limit' must be an integer from 1 to 10");

        ToolResult wrongTool = plugin.execute(new ToolCall("open_ticket", JsonValue.EMPTY_JSON_OBJECT), CONTEXT);
        assertThat(wrongTool.success()).isFalse();
        assertThat(wrongTool.content()).contains("open_ticket");
    }

    @Test
    void returnsHitsAsTextAndAsJsonWithNumericScores() {
        ToolResult result = search(Json.createObjectBuilder().add("query", "what are the fees for a wire transfer").add("limit", 3));

        assertThat(result.success()).isTrue();
        assertThat(result.data().getJsonArray("hits")).hasSize(3);
        JsonObject first = result.data().getJsonArray("hits").getJsonObject(0);
        assertThat(first.keySet()).containsExactly("documentId", "title", "section", "passage", "url", "score",
                "confidence");
        assertThat(first.getJsonNumber("confidence").doubleValue()).isBetween(0.0, 1.0);
        assertThat(first.getString("url")).isEmpty();
        assertThat(first.get("score").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(first.getJsonNumber("score").doubleValue()).isPositive();
        assertThat(first.getString("title")).containsIgnoringCase("wire");
        assertThat(result.content())
                .startsWith("3 articles matched \"what are the fees for a wire transfer\":")
                .contains("1. " + first.getString("title") + " > " + first.getString("section"))
                .contains(first.getString("passage"));
    }

    @Test
    void defaultsToFiveHitsAndAcceptsAQuotedLimit() {
        assertThat(search(Json.createObjectBuilder().add("query", "credit card")).data().getJsonArray("hits")).hasSize(5);
        assertThat(search(Json.createObjectBuilder().add("query", "credit card").add("limit", "2")).data().getJsonArray("hits")).hasSize(2);
        assertThat(search(Json.createObjectBuilder().add("query", "credit card").add("limit", 10.0)).data().getJsonArray("hits")).hasSize(10);
    }

    @Test
    void noMatchIsASuccessWithNoHits() {
        ToolResult result = search(Json.createObjectBuilder().add("query", "recipe for chocolate cake ?*:"));

        assertThat(result.success()).isTrue();
        assertThat(result.data().getJsonArray("hits")).isEmpty();
        assertThat(result.content()).startsWith("No knowledge-base article matched");
    }

    @Test
    void neverReturnsInternalArticles() {
        Set<String> internalIds = Fixtures.bundledDocuments().stream().filter(KnowledgeDocument::internal)
                .map(KnowledgeDocument::id).collect(Collectors.toSet());
        for (KnowledgeDocument internal : Fixtures.bundledDocuments().stream().filter(KnowledgeDocument::internal).toList()) {
            ToolResult result = search(Json.createObjectBuilder().add("query", internal.title()).add("limit", 10));
            assertThat(result.success()).isTrue();
            assertThat(result.data().getJsonArray("hits").getValuesAs(JsonObject.class))
                    .extracting(hit -> hit.getString("documentId"))
                    .as("hits for %s", internal.title())
                    .doesNotContainAnyElementsOf(internalIds);
            assertThat(result.data().getJsonArray("hits").getValuesAs(JsonObject.class))
                    .extracting(hit -> hit.getString("title"))
                    .noneMatch(KnowledgeDocument::isInternalTitle);
        }
    }

    @Test
    void buildsItsIndexFromAConfiguredDirectory() throws IOException {
        Files.writeString(dir.resolve("a.json"), Json.createObjectBuilder().add("id", "a").add("title", "Opening hours")
                .add("content", "## Branches\nOur branches open at 9 am.").build().toString(), StandardCharsets.UTF_8);
        KnowledgeBasePlugin configured = new KnowledgeBasePlugin(Optional.of(" " + dir + " "));
        configured.start();
        try {
            ToolResult result = configured.execute(call(Json.createObjectBuilder().add("query", "when do branches open")), CONTEXT);
            assertThat(result.success()).isTrue();
            assertThat(result.data().getJsonArray("hits").getJsonObject(0).getString("documentId")).isEqualTo("a");
        } finally {
            configured.stop();
        }
    }

    @Test
    void aKnowledgeBaseThatCannotBeLoadedGivesErrorResultsNotExceptions() {
        KnowledgeBasePlugin broken = new KnowledgeBasePlugin(Optional.of(dir.resolve("missing").toString()));
        broken.start();

        ToolResult result = broken.execute(call(Json.createObjectBuilder().add("query", "fees")), CONTEXT);

        assertThat(result.success()).isFalse();
        assertThat(result.content()).isEqualTo("The knowledge base is not available right now.");
        assertThat(broken.tools()).hasSize(1);
    }

    @Test
    void withoutConfigurationItIndexesTheBundledSample() {
        KnowledgeBasePlugin bundled = new KnowledgeBasePlugin(Optional.empty());
        bundled.start();
        try {
            ToolResult result = bundled.execute(call(Json.createObjectBuilder().add("query", "overdraft fee").add("limit", 1)), CONTEXT);
            assertThat(result.success()).isTrue();
            assertThat(result.data().getJsonArray("hits")).hasSize(1);
        } finally {
            bundled.stop();
        }
    }

    @Test
    void stoppingThePluginClosesTheEmbeddingModelItLoaded() {
        KnowledgeBasePlugin bundled = new KnowledgeBasePlugin(Optional.empty(), KnowledgeBasePlugin.DEFAULT_MODEL);
        bundled.start();
        TextEmbedder embedder = bundled.loadedEmbedder().orElseThrow();
        assertThat(embedder.embed(List.of("overdraft fee")).get(0)).hasSize(MiniLmTextEmbedder.DIMENSION);

        bundled.stop();

        assertThat(bundled.loadedEmbedder()).isEmpty();
        assertThatThrownBy(() -> embedder.embed(List.of("overdraft fee")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(bundled.execute(call(Json.createObjectBuilder().add("query", "fees")), CONTEXT).success()).isFalse();
    }

    private ToolResult search(JsonObjectBuilder arguments) {
        return plugin.execute(call(arguments), CONTEXT);
    }

    private static ToolCall call(JsonObjectBuilder arguments) {
        return new ToolCall("search_knowledge_base", arguments.build());
    }

    private void assertError(JsonObjectBuilder arguments, String message) {
        ToolResult result = search(arguments);
        assertThat(result.success()).isFalse();
        assertThat(result.content()).contains(message);
        assertThat(result.data()).isEmpty();
    }
}
