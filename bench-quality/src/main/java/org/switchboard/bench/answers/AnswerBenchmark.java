package org.switchboard.bench.answers;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchboard.bench.cli.BenchmarkCommandLine;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.agent.AgentRequest;
import org.switchboard.core.agent.ToolInvocation;
import org.switchboard.core.agent.offline.OfflineAgent;
import org.switchboard.core.agent.profile.AgentProfile;
import org.switchboard.core.agent.profile.AgentProfileSource;
import org.switchboard.core.agent.profile.AgentProfiles;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.routing.MessageRouter;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolRegistry;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.plugins.knowledge.KnowledgeBasePlugin;
import org.switchboard.plugins.knowledge.KnowledgeDocument;
import org.switchboard.plugins.knowledge.KnowledgeDocumentLoader;

/**
 * The end-to-end answer benchmark (issue 16): replays labelled customer messages, each as the first message of a new
 * conversation, through the real offline agent ({@link OfflineAgent}: small talk, the routing model the server
 * trains from its bundled examples, the built-in agent profiles, handoffs) with the real tool registry and the
 * knowledge-base plugin over the bundled Rho-Bank help center, and scores each reply by the article it cites
 * ({@link AnswerOutcome}). The ticket plugin needs the database and is not loaded, so "I don't know" replies say
 * that no ticket could be opened; that does not change their score.
 *
 * <p>A reply cites an article when it contains the article's id or title among the hits of its
 * {@code search_knowledge_base} calls: one cited article is an answer, two or more a clarifying question, none an
 * "I don't know". Rows whose labels are all internal articles count as not answerable (the bot never quotes those).
 *
 * <p>Usage (from the repository root): {@code mvn -q -pl bench-quality -am compile exec:java -Dexec.skip=true
 * -Dexec.mainClass=org.switchboard.bench.answers.AnswerBenchmark -Dexec.args="[--eval FILE.tsv]"}; default the
 * bundled dev set ({@link LabelledQuestions#BUNDLED}). Prints a line per message, the agent's CPU per message and,
 * last, the headline {@code answer precision P %, answerable recall R %, wrong W of A answered}.
 */
public final class AnswerBenchmark {

    private static final String SEARCH_TOOL = "search_knowledge_base";
    private static final ToolContext CUSTOMER = new ToolContext(new CustomerId(1), new ConversationId(1), Channel.SLACK);
    private static final int WARM_UP = 20;

    private AnswerBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args see the class description
     * @throws IOException if the labelled file or the bundled help center cannot be read
     */
    public static void main(String[] args) throws IOException {
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args, Set.of("eval"));
        Path file = arguments.optionalPath("eval");
        List<LabelledQuestions.Question> questions = file == null ? LabelledQuestions.bundled()
                : LabelledQuestions.read(file);
        List<KnowledgeDocument> documents = new KnowledgeDocumentLoader().bundled();
        Map<String, KnowledgeDocument> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));

        long started = System.nanoTime();
        KnowledgeBasePlugin knowledge = KnowledgeBasePlugin.standalone(documents);
        AgentProfiles profiles = AgentProfileSource.builtIn();
        ToolRegistry registry = ToolRegistry.standalone(List.of(knowledge), grants(profiles, List.of(knowledge)));
        MessageRouter router = new MessageRouter(0.5, Optional.empty());
        OfflineAgent agent = new OfflineAgent(registry, router, profiles, 12.0, 700);
        System.out.printf(Locale.ROOT, "pipeline ready in %.1f s: %d articles, %d labelled messages from %s%n",
                (System.nanoTime() - started) / 1e9, documents.size(), questions.size(),
                file == null ? "classpath:" + LabelledQuestions.BUNDLED : file);

        for (int i = 0; i < Math.min(WARM_UP, questions.size()); i++) {
            agent.respond(new AgentRequest(questions.get(i).text(), CUSTOMER));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AnswerScore score = new AnswerScore();
        long threadCpu = 0;
        long processCpuStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        for (LabelledQuestions.Question question : questions) {
            long cpu = threads.getCurrentThreadCpuTime();
            AgentReply reply = agent.respond(new AgentRequest(question.text(), CUSTOMER));
            threadCpu += threads.getCurrentThreadCpuTime() - cpu;
            List<JsonObject> hits = searchHits(reply);
            List<String> cited = cited(reply.text(), hits);
            Set<String> labels = new HashSet<>(question.answers());
            boolean answerable = question.answers().stream().map(byId::get)
                    .anyMatch(d -> d != null && !d.internal());
            AnswerOutcome outcome = score.add(cited, labels, answerable);
            System.out.printf(Locale.ROOT, "%-10s %-62s cited=%s labels=%s | %s%n", outcome, question.id(),
                    cited.isEmpty() ? "-" : String.join(",", cited),
                    question.answers().isEmpty() ? "NONE" : String.join(",", question.answers()),
                    shorten(question.text()));
        }
        long processCpu = os.getProcessCpuTime() - processCpuStart;
        double wall = (System.nanoTime() - wallStart) / 1e6;
        System.out.println(score.breakdown());
        System.out.printf(Locale.ROOT, "agent CPU per message: %.2f ms on the calling thread, %.2f ms of the whole "
                        + "process (all threads, model inference included), %.2f ms wall%n",
                threadCpu / 1e6 / questions.size(), processCpu / 1e6 / questions.size(), wall / questions.size());
        System.out.println(score.headline());
    }

    /** Grants each configured agent the registry's tools its profile names (patterns such as {@code get_*} expanded). */
    static Map<String, Set<String>> grants(AgentProfiles profiles, List<ToolPlugin> plugins) {
        Map<String, Set<String>> grants = new HashMap<>();
        for (AgentProfile profile : profiles.all()) {
            Set<String> tools = new HashSet<>();
            for (ToolPlugin plugin : plugins) {
                for (ToolDefinition tool : plugin.tools()) {
                    if (profile.uses(tool.name())) {
                        tools.add(tool.name());
                    }
                }
            }
            grants.put(profile.name(), tools);
        }
        return grants;
    }

    /** @return the hits of the reply's last successful knowledge search, best first */
    static List<JsonObject> searchHits(AgentReply reply) {
        List<JsonObject> hits = List.of();
        for (ToolInvocation invocation : reply.toolInvocations()) {
            ToolResult result = invocation.result();
            if (invocation.call().name().equals(SEARCH_TOOL) && result.success() && result.data() != null
                    && result.data().get("hits") instanceof JsonArray array) {
                hits = array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                        .map(JsonValue::asJsonObject).toList();
            }
        }
        return hits;
    }

    /**
     * @return the ids of the hits the reply names by id, in hit order; when it names none by id, those whose title it
     *         contains (a clarifying question may offer titles only)
     */
    static List<String> cited(String text, List<JsonObject> hits) {
        Set<String> byId = new LinkedHashSet<>();
        Set<String> byTitle = new LinkedHashSet<>();
        for (JsonObject hit : hits) {
            String id = hit.getString("documentId", "");
            String title = hit.getString("title", "");
            if (!id.isEmpty() && text.contains(id)) {
                byId.add(id);
            } else if (title.length() >= 8 && text.contains(title)) {
                byTitle.add(id);
            }
        }
        return new ArrayList<>(byId.isEmpty() ? byTitle : byId);
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
