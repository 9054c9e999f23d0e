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
import org.switchboard.core.agent.KnowledgeAnswer;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.agent.KnowledgeDecision;
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
import org.switchboard.plugins.knowledge.AnswerCalibration;
import org.switchboard.plugins.knowledge.AnswerRetrieval;
import org.switchboard.plugins.knowledge.KnowledgeBasePlugin;
import org.switchboard.plugins.knowledge.KnowledgeEmbeddingModel;
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
 * bundled dev set ({@link LabelledQuestions#BUNDLED}). Prints a line per message (outcome, the first and second
 * hits' confidences, the cited and the labelled articles), the agent's CPU per message and,
 * last, the headline {@code answer precision P %, answerable recall R %, wrong W of A answered}. With
 * {@code --write-labels FILE --write-calibration FILE} it writes the labelled-message prior ({@code AnswerLabelPrior})
 * learnt from the file's messages and the intent-prior coefficients fitted on them, and stops.
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
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args,
                Set.of("eval", "model", "embedding-cache", "min-confidence", "min-margin", "clarify-min-confidence",
                        "intent-prior", "write-labels", "write-calibration"));
        String model = arguments.optionalPath("model") == null ? KnowledgeBasePlugin.DEFAULT_MODEL
                : arguments.optionalPath("model").toString();
        KnowledgeAnswer policy = new KnowledgeAnswer(
                arguments.number("min-confidence", KnowledgeAnswer.DEFAULT_MIN_CONFIDENCE),
                arguments.number("min-margin", KnowledgeAnswer.DEFAULT_MIN_MARGIN),
                arguments.number("clarify-min-confidence", KnowledgeAnswer.DEFAULT_CLARIFY_MIN_CONFIDENCE), 12.0, PASSAGE_CHARS);
        Path file = arguments.optionalPath("eval");
        List<LabelledQuestions.Question> questions = file == null ? LabelledQuestions.bundled()
                : LabelledQuestions.read(file);
        List<KnowledgeDocument> documents = new KnowledgeDocumentLoader().bundled();
        Map<String, KnowledgeDocument> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));

        long started = System.nanoTime();
        AnswerCalibration shipped = AnswerCalibration.bundled(KnowledgeEmbeddingModel.named(model).isPresent()
                ? AnswerCalibration.HYBRID_RESOURCE : AnswerCalibration.LEXICAL_RESOURCE);
        AnswerRetrieval retrieval = AnswerCalibrationFit.retrieval(documents, model,
                arguments.optionalPath("embedding-cache"), shipped);
        IntentPriorFolds priors = null;
        if ((arguments.optionalPath("intent-prior") == null
                || !arguments.optionalPath("intent-prior").toString().equals("false"))
                && KnowledgeEmbeddingModel.named(model).isPresent()) {
            priors = IntentPriorFolds.bundled(retrieval, documents, KnowledgeEmbeddingModel.named(model).get(),
                    arguments.optionalPath("embedding-cache"));
            retrieval = retrieval.withIntentPrior(priors.shipped());
            if (arguments.optionalPath("write-labels") != null || arguments.optionalPath("write-calibration") != null) {
                priors.write(questions, arguments.optionalPath("write-labels"), arguments.optionalPath("write-calibration"));
                System.out.println("wrote the labelled-message prior and its coefficients; run again to measure them");
                return;
            }
        }
        System.out.printf(Locale.ROOT, "pipeline ready in %.1f s: %d articles, model %s, %d labelled messages from %s%n",
                (System.nanoTime() - started) / 1e9, documents.size(), model, questions.size(),
                file == null ? "classpath:" + LabelledQuestions.BUNDLED : file);

        System.out.println("== shipped calibration (fitted on the bundled dev set: not an honest figure on it)");
        Run plain = replay(questions, byId, agent(retrieval, policy), true, new AnswerScore());
        System.out.println("== 5-fold cross-validated calibration (each message scored by coefficients fitted on the other folds)");
        AnswerRetrieval plainRetrieval = retrieval;
        Map<String, AnswerRetrieval> folds = new HashMap<>();
        if (priors != null) {
            System.out.println("   (intent priors on: their coefficients and the labelled-message prior are cross-validated)");
            folds.putAll(priors.crossValidated(questions));
        } else {
            AnswerCalibrationFit.crossValidated(AnswerCalibrationFit.examples(retrieval, questions, documents))
                    .forEach((id, c) -> folds.put(id, plainRetrieval.withCalibration(c)));
        }
        Map<AnswerRetrieval, OfflineAgent> agents = new HashMap<>();
        Run validated = new Run(new AnswerScore(), new ArrayList<>(), 0, 0, 0);
        for (LabelledQuestions.Question question : questions) {
            OfflineAgent agent = agents.computeIfAbsent(folds.get(question.id()), r -> agent(r, policy));
            Run one = replay(List.of(question), byId, agent, false, validated.score());
            validated.merge(one);
        }
        System.out.println(validated.score().breakdown());
        System.out.println("precision/recall as the answer threshold moves (cross-validated confidences, margin and "
                + "clarify thresholds as configured):");
        for (double t : new double[] {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            KnowledgeAnswer moved = new KnowledgeAnswer(t, arguments.number("min-margin", KnowledgeAnswer.DEFAULT_MIN_MARGIN),
                    Math.min(t, arguments.number("clarify-min-confidence", KnowledgeAnswer.DEFAULT_CLARIFY_MIN_CONFIDENCE)),
                    12.0, PASSAGE_CHARS);
            AnswerScore curve = new AnswerScore();
            for (Replayed r : validated.replies()) {
                curve.add(citedBy(moved.decide(r.search())), r.labels(), r.answerable());
            }
            System.out.printf(Locale.ROOT, "  min confidence %.2f: %s; clarify %d (right article offered in %d)%n", t,
                    curve.headline(), curve.clarify(), curve.clarifyRight());
        }
        System.out.printf(Locale.ROOT, "agent CPU per message: %.2f ms on the calling thread, %.2f ms of the whole "
                        + "process (all threads, model inference included), %.2f ms wall%n",
                plain.threadCpuMs(), plain.processCpuMs(), plain.wallMs());
        System.out.println("cross-validated: " + validated.score().headline());
        System.out.println("shipped calibration: " + plain.score().headline());
    }

    /** One replayed message. */
    record Replayed(ToolResult search, Set<String> labels, boolean answerable) {
    }

    /** A replay's score, replies and costs per message. */
    record Run(AnswerScore score, List<Replayed> replies, double threadCpuMs, double processCpuMs, double wallMs) {
        void merge(Run other) {
            replies.addAll(other.replies());
        }
    }

    private static OfflineAgent agent(AnswerRetrieval retrieval, KnowledgeAnswer policy) {
        KnowledgeBasePlugin knowledge = new KnowledgeBasePlugin(retrieval);
        AgentProfiles profiles = AgentProfileSource.builtIn();
        ToolRegistry registry = ToolRegistry.standalone(List.of(knowledge), grants(profiles, List.of(knowledge)));
        return new OfflineAgent(registry, ROUTER, profiles, policy::decide, PASSAGE_CHARS);
    }

    private static final MessageRouter ROUTER = new MessageRouter(0.5, Optional.empty());

    /** Longest quoted passage, in characters: the server's default ({@code switchboard.agent.kb-max-passage-chars}). */
    private static final int PASSAGE_CHARS = 700;

    private static Run replay(List<LabelledQuestions.Question> questions, Map<String, KnowledgeDocument> byId,
                              OfflineAgent agent, boolean measure, AnswerScore score) {
        if (measure) {
            for (int i = 0; i < Math.min(WARM_UP, questions.size()); i++) {
                agent.respond(new AgentRequest(questions.get(i).text(), CUSTOMER));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Replayed> replies = new ArrayList<>();
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
            replies.add(new Replayed(search(reply), labels, answerable));
            System.out.printf(Locale.ROOT, "%-10s %.3f/%.3f %-58s cited=%s labels=%s | %s%n", outcome,
                    confidence(hits, 0), confidence(hits, 1),
                    question.id(), cited.isEmpty() ? "-" : String.join(",", cited),
                    question.answers().isEmpty() ? "NONE" : String.join(",", question.answers()),
                    shorten(question.text()));
        }
        long processCpu = os.getProcessCpuTime() - processCpuStart;
        double wall = (System.nanoTime() - wallStart) / 1e6;
        if (measure) {
            System.out.println(score.breakdown());
        }
        int n = Math.max(1, questions.size());
        return new Run(score, replies, threadCpu / 1e6 / n, processCpu / 1e6 / n, wall / n);
    }


    /** @return the confidence of the hit at {@code index} (most confident first), 0 when there is none */
    private static double confidence(List<JsonObject> hits, int index) {
        return hits.size() <= index || hits.get(index).getJsonNumber("confidence") == null ? 0
                : hits.get(index).getJsonNumber("confidence").doubleValue();
    }

    /** @return the article ids a decision quotes or offers */
    static List<String> citedBy(KnowledgeDecision decision) {
        if (decision instanceof KnowledgeDecision.Answer a) {
            return List.of(a.citation().documentId());
        }
        if (decision instanceof KnowledgeDecision.Clarify c) {
            return c.options().stream().map(KnowledgeCitation::documentId).toList();
        }
        return List.of();
    }

    /** @return the reply's last knowledge-search result, or a failed result when it made none */
    static ToolResult search(AgentReply reply) {
        ToolResult found = ToolResult.error("no search");
        for (ToolInvocation invocation : reply.toolInvocations()) {
            if (invocation.call().name().equals(SEARCH_TOOL)) {
                found = invocation.result();
            }
        }
        return found;
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
